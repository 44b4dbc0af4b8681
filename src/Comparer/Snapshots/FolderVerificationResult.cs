namespace MailMig.Fidelity.Comparer.Snapshots;

/// <summary>The result of verifying a migrated output folder against a folder of verified snapshots.</summary>
public sealed class FolderVerificationResult
{
    /// <summary>The actual output folder's full path.</summary>
    public required string ActualFolder { get; init; }

    /// <summary>The verified snapshot folder's full path.</summary>
    public required string VerifiedFolder { get; init; }

    /// <summary>How many messages the actual folder holds.</summary>
    public required int MessageCount { get; init; }

    /// <summary>The snapshot names that matched, in ordinal order.</summary>
    public required IReadOnlyList<string> Matched { get; init; }

    /// <summary>The messages whose projection differs from their verified snapshot (including messages found in another folder).</summary>
    public required IReadOnlyList<SnapshotDifference> Differences { get; init; }

    /// <summary>The messages with no verified snapshot.</summary>
    public required IReadOnlyList<SnapshotDifference> New { get; init; }

    /// <summary>The verified snapshots (names) no message produced: messages missing from the output.</summary>
    public required IReadOnlyList<string> Orphaned { get; init; }

    /// <summary>The snapshot names written or removed because accepting was asked for.</summary>
    public required IReadOnlyList<string> Accepted { get; init; }

    /// <summary>The entries of the actual folder that are not regular files (symbolic links, FIFOs, devices): each a difference, never opened.</summary>
    public IReadOnlyList<Output.OutputEntry> NotRegularFiles { get; init; } = [];

    /// <summary>Whether every message matched, no verified snapshot was left over and the output holds only regular files.</summary>
    public bool IsSuccess => Differences.Count == 0 && New.Count == 0 && Orphaned.Count == 0 && NotRegularFiles.Count == 0;

    /// <summary>The Verify-style failure text (files, fields, diffs, how to accept), or a one-line summary when successful.</summary>
    public string Describe(int maxDiffs = 20)
    {
        if (IsSuccess)
        {
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Matched.Count} snapshots matched in {VerifiedFolder}; {Accepted.Count} accepted");
        }

        var accept = $"mailmig-fidelity accept --actual \"{ActualFolder}\" --verified \"{VerifiedFolder}\"";
        var entries = string.Concat(NotRegularFiles.Select(e => e.RelativePath + ": " + e.Describe() + "\n"));
        return entries + SnapshotFailureMessage.Build(VerifiedFolder, Differences.Concat(New).Select(d => d.Outcome), accept, Orphaned.Select(o => o + SnapshotFile.VerifiedExtension).ToList(), maxDiffs);
    }
}
