/*
 * The snapshot part of a case's failure, written for the gate rather than for `compare`: it lists
 * what changed, what is unexpected and what is missing, with the first diffs, but never an accept
 * command. Whether a run may be accepted is the gate's decision (CaseResult.AcceptHint), because
 * the Comparer's generic hint would approve a crash, a loss or an unexpected message as readily as
 * a deliberate change.
 */
using System.Globalization;
using System.Text;
using MailMig.Fidelity.Comparer.Snapshots;

namespace MailMig.Fidelity.Cli.Regression;

/// <summary>Describes a case's snapshot verification: counts, one line per snapshot that failed, and the first diffs.</summary>
public static class SnapshotFindings
{
    private const int MaxListed = 20;

    /// <summary>Says how <paramref name="result"/> falls short, with at most <paramref name="maxDiffs"/> diffs.</summary>
    public static string Describe(FolderVerificationResult result, int maxDiffs = 5)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"snapshots: {result.Matched.Count} matched, {result.Differences.Count} changed, {result.New.Count} unexpected (no approved snapshot), {result.Orphaned.Count} approved messages missing\n");
        var lines = result.Differences.Select(d => d.MovedFrom is null ? $"  changed: {d.Name} ({string.Join(", ", d.Fields)})" : $"  moved: {d.Name} (approved as {d.MovedFrom})")
            .Concat(result.New.Select(d => $"  unexpected: {d.Name}"))
            .Concat(result.Orphaned.Select(o => $"  missing: {o}"))
            .ToList();
        foreach (var line in lines.Take(MaxListed))
        {
            text.Append(line).Append('\n');
        }

        if (lines.Count > MaxListed)
        {
            text.Append(CultureInfo.InvariantCulture, $"  … and {lines.Count - MaxListed} more\n");
        }

        foreach (var difference in result.Differences.Concat(result.New).Take(maxDiffs))
        {
            var outcome = difference.Outcome;
            text.Append('\n').Append(outcome.Status == SnapshotStatus.New ? UnifiedDiff.Create("", outcome.ReceivedText, "(no approved snapshot)") : outcome.Diff).Append('\n');
        }

        return text.Append("received files: ").Append(result.VerifiedFolder).ToString();
    }
}
