/*
 * One post office across CI runners: part K of N of its mailboxes. The partition is a documented
 * function of the mailbox list (docs/formats/mailbox-shards.md): weight = messages + 1, mailboxes
 * taken heaviest first (ties in store order), each onto the part with the least weight so far
 * (ties to the lowest part). The Comparer computes the same function from the manifest with its
 * own code; path segments are still allocated over every mailbox, so shard outputs add up to one run.
 */
namespace MailMig.Fidelity.Migrator.Migration;

/// <summary>Part <see cref="Index"/> (1-based) of <see cref="Count"/> parts of a post office's mailboxes.</summary>
/// <param name="Index">Which part, from 1 to <paramref name="Count"/>.</param>
/// <param name="Count">How many parts.</param>
public sealed record MailboxShard(int Index, int Count)
{
    /// <summary>The store positions (0-based) of the mailboxes in this part, given each mailbox's message count in store order (null when unknown: counted as 0).</summary>
    public IReadOnlySet<int> Positions(IReadOnlyList<int?> messageCounts)
    {
        ArgumentNullException.ThrowIfNull(messageCounts);
        if (Count < 1 || Index < 1 || Index > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(Index), $"part {Index} of {Count} does not exist");
        }

        var loads = new long[Count];
        var mine = new HashSet<int>();
        var heaviestFirst = messageCounts.Select((m, i) => (Weight: (long)(m ?? 0) + 1, Position: i))
            .OrderByDescending(m => m.Weight)
            .ThenBy(m => m.Position);
        foreach (var (weight, position) in heaviestFirst)
        {
            var least = 0;
            for (var part = 1; part < Count; part++)
            {
                if (loads[part] < loads[least])
                {
                    least = part;
                }
            }

            loads[least] += weight;
            if (least == Index - 1)
            {
                mine.Add(position);
            }
        }

        return mine;
    }
}
