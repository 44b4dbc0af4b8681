using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Reports;

/// <summary>What one comparison found: the snapshot verification and the ground-truth check, either of which may be absent.</summary>
public sealed record ComparisonReport
{
    /// <summary>The snapshot folder verification, or null when none was run.</summary>
    public FolderVerificationResult? Snapshots { get; init; }

    /// <summary>The ground-truth check, or null when no manifest was given.</summary>
    public TruthResult? Truth { get; init; }

    /// <summary>Whether everything matched: no snapshot difference, no ground-truth difference.</summary>
    public bool IsSuccess => (Snapshots?.IsSuccess ?? true) && (Truth?.IsPerfect ?? true);
}
