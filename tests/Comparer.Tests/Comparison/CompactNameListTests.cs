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
}
