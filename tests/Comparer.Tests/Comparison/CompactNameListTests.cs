using MailMig.Fidelity.Comparer.Comparison;

namespace MailMig.Fidelity.Comparer.Tests.Comparison;

public sealed class CompactNameListTests
{
    [Fact]
    public void SortingPutsTheNamesInOrdinalOrderAsStringsSortThem()
    {
        string[] names = ["b/2", "b", "", "a/\uE000", "a/\U0001F600", "a/\u00E9", "a/z", "B", "a/\uFFFF", "a/\U0001F600x"];
        var list = new CompactNameList();
        foreach (var name in names)
        {
            list.Add(name);
        }

        list.Sort();

        Assert.Equal(names.Order(StringComparer.Ordinal), list);
    }

    [Fact]
    public void SortingAnEmptyListLeavesItEmpty()
    {
        var list = new CompactNameList();

        list.Sort();

        Assert.Empty(list);
    }
}
