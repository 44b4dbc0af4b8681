using MailMig.Fidelity.Migrator.Migration;

namespace MailMig.Fidelity.Cli.Tests.Sharding;

/// <summary>The Migrator's mailbox partition is the function docs/formats/mailbox-shards.md documents.</summary>
public sealed class MailboxShardTests
{
    [Fact]
    public void TheDocumentedExampleSplitsAsTheDocumentSays()
    {
        int?[] counts = [25, 0, 40, 10, 12];

        Assert.Equal([1, 2], new MailboxShard(1, 2).Positions(counts).Order());
        Assert.Equal([0, 3, 4], new MailboxShard(2, 2).Positions(counts).Order());
    }

    [Fact]
    public void EveryMailboxIsInExactlyOnePartAndUnknownCountsWeighOne()
    {
        var counts = Enumerable.Range(0, 30).Select(i => i % 4 == 0 ? (int?)null : i * 7 % 11).ToList();

        for (var n = 1; n <= 6; n++)
        {
            var parts = Enumerable.Range(1, n).SelectMany(k => new MailboxShard(k, n).Positions(counts)).Order();
            Assert.Equal(Enumerable.Range(0, counts.Count), parts);
        }
    }
}
