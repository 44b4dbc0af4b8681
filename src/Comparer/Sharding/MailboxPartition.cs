/*
 * The Comparer's twin of the Migrator's MailboxShard, written again on purpose (the oracle shares no
 * code with what it judges): part K of N of a post office's mailboxes, the documented function of
 * docs/formats/mailbox-shards.md. Weight = messages + 1; mailboxes heaviest first (ties in store
 * order), each onto the part with the least weight so far (ties to the lowest part).
 */
namespace MailMig.Fidelity.Comparer.Sharding;

/// <summary>Part <see cref="Part"/> (1-based) of <see cref="Of"/> parts of a post office's mailboxes.</summary>
/// <param name="Part">Which part, from 1 to <paramref name="Of"/>.</param>
/// <param name="Of">How many parts.</param>
public sealed record MailboxPartition(int Part, int Of)
{
    /// <summary>The positions (0-based, store order) of the mailboxes in this part, given each mailbox's message count in store order.</summary>
    public IReadOnlySet<int> Positions(IReadOnlyList<int> messageCounts)
    {
        ArgumentNullException.ThrowIfNull(messageCounts);
        if (Of < 1 || Part < 1 || Part > Of)
        {
            throw new ArgumentOutOfRangeException(nameof(Part), $"part {Part} of {Of} does not exist");
        }

        var totals = new long[Of];
        var positions = new HashSet<int>();
        var order = Enumerable.Range(0, messageCounts.Count)
            .OrderByDescending(i => Math.Max(0L, messageCounts[i]) + 1)
            .ThenBy(i => i);
        foreach (var position in order)
        {
            var lightest = LightestPart(totals);
            totals[lightest] += Math.Max(0L, messageCounts[position]) + 1;
            if (lightest == Part - 1)
            {
                positions.Add(position);
            }
        }

        return positions;
    }

    private static int LightestPart(long[] totals)
    {
        var lightest = 0;
        for (var part = 1; part < totals.Length; part++)
        {
            if (totals[part] < totals[lightest])
            {
                lightest = part;
            }
        }

        return lightest;
    }
}
