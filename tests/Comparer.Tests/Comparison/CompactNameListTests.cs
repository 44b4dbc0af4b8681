using MailMig.Fidelity.Comparer.Comparison;

namespace MailMig.Fidelity.Comparer.Tests.Comparison;

public sealed class CompactNameListTests
{
    [Fact]
    public void EveryNameReadsBackAsAddedAcrossChunksWithLongAndNonAsciiNames()
    {
        var names = Enumerable.Range(0, 20_000).Select(i => $"Müller, Jürgen {i}/Inbox/{i:D6}")
            .Append(new string('x', 200_000)).Append("").Append("日本語/受信箱/000001").Append(new string('y', 65_536)).ToList();
        var list = new CompactNameList();

        names.ForEach(list.Add);

        Assert.Equal(names.Count, list.Count);
        Assert.Equal(names, list);
        Assert.Equal(names[^4], list[names.Count - 4]);
    }

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

    [Fact]
    public void SortingNamesSpreadOverSeveralChunksKeepsEveryName()
    {
        var names = Enumerable.Range(0, 10_000).Select(i => $"Box {i % 97}/Inbox/{i:D6}").Append(new string('z', 70_000)).ToList();
        var list = new CompactNameList();
        names.ForEach(list.Add);

        list.Sort();

        Assert.Equal(names.Order(StringComparer.Ordinal), list);
    }
}
