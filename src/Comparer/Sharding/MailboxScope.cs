/*
 * What one `compare --shard K/N` checks: the names of the mailboxes in its part. The ground-truth
 * check pairs messages with records by mailbox name, so a name is the unit here: a name shared by
 * mailboxes in different parts belongs to the part of its first mailbox (and is reported as
 * shared, since each part then sees only some of its messages). Messages of a mailbox the manifest
 * does not list, or without any mailbox, are checked by part 1, as the Migrator reports lost
 * mailboxes in part 1 only.
 */
namespace MailMig.Fidelity.Comparer.Sharding;

/// <summary>The mailbox names one part of a post office covers.</summary>
public sealed class MailboxScope
{
    private readonly HashSet<string> _all;

    private MailboxScope(MailboxPartition partition, HashSet<string> names, HashSet<string> all, IReadOnlyList<string> shared)
    {
        Partition = partition;
        Names = names;
        _all = all;
        SharedNames = shared;
    }

    /// <summary>Which part this is.</summary>
    public MailboxPartition Partition { get; }

    /// <summary>The names of the manifest's mailboxes in this part.</summary>
    public IReadOnlySet<string> Names { get; }

    /// <summary>Names shared by mailboxes that fall in different parts (this part checks them as one mailbox).</summary>
    public IReadOnlyList<string> SharedNames { get; }

    /// <summary>The part <paramref name="partition"/> of <paramref name="mailboxes"/> (the manifest's mailbox records in store order).</summary>
    public static MailboxScope For(IReadOnlyList<ManifestMailbox> mailboxes, MailboxPartition partition)
    {
        ArgumentNullException.ThrowIfNull(mailboxes);
        ArgumentNullException.ThrowIfNull(partition);
        var positions = partition.Positions([.. mailboxes.Select(m => m.Messages)]);
        var owner = new Dictionary<string, bool>(StringComparer.Ordinal);
        var shared = new List<string>();
        for (var i = 0; i < mailboxes.Count; i++)
        {
            var mine = positions.Contains(i);
            if (!owner.TryAdd(mailboxes[i].Name, mine) && owner[mailboxes[i].Name] != mine && !shared.Contains(mailboxes[i].Name))
            {
                shared.Add(mailboxes[i].Name);
            }
        }

        var names = owner.Where(o => o.Value).Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        return new MailboxScope(partition, names, [.. owner.Keys], shared);
    }

    /// <summary>Whether this part checks the messages of <paramref name="mailbox"/>: a name of the part, or (part 1) a name the manifest does not list.</summary>
    public bool Covers(string mailbox) =>
        Names.Contains(mailbox) || (Partition.Part == 1 && !_all.Contains(mailbox));

    /// <summary>The records of <paramref name="records"/> this part expects; messages of mailboxes it does not cover are not judged against them.</summary>
    public Truth.ManifestRecords Restrict(Truth.ManifestRecords records) => new Truth.ShardedManifestRecords(records, this);
}
