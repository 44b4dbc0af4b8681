using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Comparer.Snapshots;

/// <summary>Pairs new snapshots with orphaned ones of the same mailbox and index file name: a message found in another folder is one "location" difference.</summary>
internal static class SnapshotMoves
{
    /// <summary>Removes each moved message from <paramref name="created"/> and its old snapshot from <paramref name="orphaned"/>, and returns the moves as differences.</summary>
    public static List<SnapshotDifference> Pair(string verifiedRoot, List<SnapshotDifference> created, List<string> orphaned)
    {
        var moves = new List<SnapshotDifference>();
        if (created.Count == 0 || orphaned.Count == 0)
        {
            return moves;
        }

        var orphansByKey = orphaned.GroupBy(MoveKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new Queue<string>(g.Order(StringComparer.Ordinal)), StringComparer.Ordinal);
        foreach (var difference in created.OrderBy(d => d.Name, StringComparer.Ordinal).ToList())
        {
            if (!orphansByKey.TryGetValue(MoveKey(difference.Name), out var candidates) || candidates.Count == 0)
            {
                continue;
            }

            var orphan = candidates.Dequeue();
            orphaned.Remove(orphan);
            created.Remove(difference);
            moves.Add(Moved(verifiedRoot, difference, orphan));
        }

        return moves;
    }

    private static SnapshotDifference Moved(string verifiedRoot, SnapshotDifference difference, string orphan)
    {
        var verifiedPath = SnapshotPass.PathOf(verifiedRoot, orphan, SnapshotFile.VerifiedExtension);
        var verifiedText = SnapshotFile.Read(verifiedPath) ?? "";
        var received = difference.Outcome;
        var fields = new List<string> { "location" };
        fields.AddRange(ProjectionSections.DifferingFields(verifiedText, received.ReceivedText));
        var diff = UnifiedDiff.Create(verifiedText, received.ReceivedText, "verified " + orphan, "received " + received.Name);
        var outcome = received with { Status = SnapshotStatus.NotEqual, VerifiedPath = verifiedPath, VerifiedText = verifiedText, Fields = fields, Diff = diff };
        return new SnapshotDifference(outcome, difference.Location, orphan);
    }

    private static string MoveKey(string name)
    {
        var first = name.IndexOf('/', StringComparison.Ordinal);
        var last = name.LastIndexOf('/');
        return first < 0 ? name : name[..first] + "|" + name[(last + 1)..];
    }
}
