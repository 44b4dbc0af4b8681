using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Comparer.Tests.FuzzReplay;

/// <summary>Replays the MIME and mbox reader's saved fuzz corpus (fuzz/run.sh mime) as it is read in the campaign, without AFL.</summary>
public sealed class MimeFuzzReplayTests
{
    public static TheoryData<string> Inputs => FuzzCorpus.Files("mime");

    [Theory]
    [MemberData(nameof(Inputs))]
    public void EachSavedInputIsReadAndProjectedAsAMessageAndSplitAsAnMboxWithoutException(string input)
    {
        var bytes = FuzzCorpus.Read("mime", input);

        var message = MimeMessageReader.Read(bytes);
        var projection = ProjectionWriter.Write(message);
        var entries = MboxSplitter.Split(bytes);
        var malformed = entries.Select(e => MimeMessageReader.Read(e.Content)).Count(m => m.IsMalformed);

        Assert.False(string.IsNullOrEmpty(projection));
        Assert.Equal(Enumerable.Range(1, entries.Count), entries.Select(e => e.Number));
        Assert.InRange(malformed, 0, entries.Count);
        Assert.True(entries.Sum(e => (long)e.Content.Length) <= bytes.Length, "the mbox entries hold more than the file");
    }
}
