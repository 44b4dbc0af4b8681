/*
 * Our migrator run in process through its public API, for the commands that need its report (the
 * outcome counts, repairs and skips) rather than only its exit code: `case add` drafts the ground
 * truth from it and `anonymize` compares the outcomes of the original and the anonymized file.
 */
using MailMig.Fidelity.Migrator.Migration;
using MailMig.Fidelity.Migrator.Sources;

namespace MailMig.Fidelity.Cli.Cases;

/// <summary>Migrates one export file with our migrator and returns its report.</summary>
public static class OurMigration
{
    /// <summary>Migrates <paramref name="export"/> (local times in <paramref name="timeZone"/>) into <paramref name="output"/> as eml.</summary>
    public static async Task<MigrationReport> RunAsync(string export, string output, string? timeZone, CancellationToken cancellationToken = default)
    {
        using var source = MigrationSources.Open(export, timeZone);
        var engine = new MigrationEngine(source, new MigrationOptions { OutputDirectory = output });
        return await engine.RunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The counts, repairs and skips of <paramref name="report"/> as one line per fact, for comparing two runs.</summary>
    public static IReadOnlyList<string> Outcome(MigrationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lines = new List<string>
        {
            $"source {report.Totals.Source}, migrated {report.Totals.Migrated}, repaired {report.Totals.Repaired}, skipped {report.Totals.Skipped}",
        };
        lines.AddRange(report.Repaired.Select(r => $"message {r.Index} repaired: {string.Join(", ", r.Repairs)}"));
        lines.AddRange(report.Skipped.Select(s => $"message {s.Index} skipped: {s.Reason}"));
        return lines;
    }
}
