using System.Globalization;
using System.Text;

namespace MailMig.Fidelity.Comparer.Snapshots;

/// <summary>Builds the failure text of a snapshot run in Verify's layout: <c>Directory:</c>, <c>New:</c>, <c>NotEqual:</c>, the diffs inline, and how to accept.</summary>
public static class SnapshotFailureMessage
{
    /// <summary>Describes the failing <paramref name="outcomes"/> (and <paramref name="orphaned"/> verified files) relative to <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder the snapshot files are in; paths are shown relative to it.</param>
    /// <param name="outcomes">Outcomes; only New and NotEqual ones are described.</param>
    /// <param name="acceptCommand">The <c>mailmig-fidelity accept …</c> command line that accepts these snapshots.</param>
    /// <param name="orphaned">Verified files (relative paths) that nothing produced any more.</param>
    /// <param name="maxDiffs">How many diffs are shown in full; the rest are counted.</param>
    public static string Build(string directory, IEnumerable<SnapshotOutcome> outcomes, string acceptCommand, IReadOnlyList<string>? orphaned = null, int maxDiffs = 20)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var failing = outcomes.Where(o => o.Status is SnapshotStatus.New or SnapshotStatus.NotEqual).ToList();
        var text = new StringBuilder();
        text.Append("Directory: ").Append(directory).Append('\n');
        AppendFiles(text, directory, "New:", failing.Where(o => o.Status == SnapshotStatus.New));
        AppendFiles(text, directory, "NotEqual:", failing.Where(o => o.Status == SnapshotStatus.NotEqual));
        if (orphaned is { Count: > 0 })
        {
            text.Append("Orphaned (verified, but produced by nothing any more):\n");
            foreach (var path in orphaned)
            {
                text.Append("  - ").Append(path).Append('\n');
            }
        }

        var shown = 0;
        foreach (var outcome in failing)
        {
            if (shown++ == maxDiffs)
            {
                text.Append('\n').Append(string.Create(CultureInfo.InvariantCulture, $"… and {failing.Count - maxDiffs} more; see the received files.")).Append('\n');
                break;
            }

            text.Append('\n').Append(outcome.Status).Append(": ").Append(outcome.Name).Append('\n');
            if (outcome.Fields.Count > 0)
            {
                text.Append("Fields: ").Append(string.Join(", ", outcome.Fields)).Append('\n');
            }

            text.Append(outcome.Status == SnapshotStatus.New ? UnifiedDiff.Create("", outcome.ReceivedText, "(no verified file)") : outcome.Diff).Append('\n');
        }

        text.Append('\n')
            .Append("To accept the received snapshots:\n")
            .Append("  - run: ").Append(acceptCommand).Append('\n')
            .Append("  - or copy each *.received.txt over its *.verified.txt\n")
            .Append("  - or run again with ").Append(SnapshotEnvironment.AcceptVariable).Append("=true (ignored when CI=true)");
        return text.ToString();
    }

    private static void AppendFiles(StringBuilder text, string directory, string heading, IEnumerable<SnapshotOutcome> outcomes)
    {
        var first = true;
        foreach (var outcome in outcomes)
        {
            if (first)
            {
                text.Append(heading).Append('\n');
            }

            first = false;
            text.Append("  - Received: ").Append(Path.GetRelativePath(directory, outcome.ReceivedPath)).Append('\n')
                .Append("    Verified: ").Append(Path.GetRelativePath(directory, outcome.VerifiedPath)).Append('\n');
            if (outcome.Fields.Count > 0)
            {
                text.Append("    Fields: ").Append(string.Join(", ", outcome.Fields)).Append('\n');
            }
        }
    }
}
