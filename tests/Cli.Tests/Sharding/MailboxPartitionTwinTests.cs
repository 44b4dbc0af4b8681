using MailMig.Fidelity.Comparer.Sharding;
using MailMig.Fidelity.Migrator.Migration;

namespace MailMig.Fidelity.Cli.Tests.Sharding;

/// <summary>The Comparer's MailboxPartition and the Migrator's MailboxShard are twins: written apart, the same function (docs/formats/mailbox-shards.md).</summary>
public sealed class MailboxPartitionTwinTests
{
    [Fact]
    public void BothTwinsGiveTheSamePartsForManyRandomPostOffices()
    {
        var random = new Random(20261201);
        for (var trial = 0; trial < 500; trial++)
        {
            var counts = Enumerable.Range(0, random.Next(0, 40)).Select(_ => random.Next(4) == 0 ? 0 : random.Next(0, 3) == 0 ? random.Next(0, 5) : random.Next(0, 2000)).ToList();
            var n = random.Next(1, 9);
            for (var k = 1; k <= n; k++)
            {
                var migrator = new MailboxShard(k, n).Positions([.. counts.Select(c => (int?)c)]);
                var comparer = new MailboxPartition(k, n).Positions(counts);
                Assert.True(migrator.SetEquals(comparer), $"counts [{string.Join(", ", counts)}], part {k}/{n}");
            }
        }
    }
}
