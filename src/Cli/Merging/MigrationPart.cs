/*
 * One part's output folder of `migrate --shard K/N`, read back for `merge`: its migration-report.json
 * (docs/formats/migration-report.md). A report without a "shard" object is an unsharded run: part 1
 * of 1, its mailboxes at positions 0, 1, 2 …. Anything unreadable is a MergeException naming the file.
 */
using System.Text.Json;
using MailMig.Fidelity.Migrator.Migration;

namespace MailMig.Fidelity.Cli.Merging;

/// <summary>A part's migration report and the folder it was read from.</summary>
/// <param name="Folder">The part's output folder.</param>
/// <param name="Report">Its migration report.</param>
/// <param name="Shard">Which part it is (part 1 of 1 for an unsharded run).</param>
public sealed record MigrationPart(string Folder, MigrationReport Report, ReportShard Shard)
{
    /// <summary>The report's path.</summary>
    public string ReportPath => Path.Combine(Folder, MigrationReport.FileName);

    /// <summary>Whether <paramref name="folder"/> holds a migration report and no run report.</summary>
    public static bool IsMigrationFolder(string folder) =>
        File.Exists(Path.Combine(folder, MigrationReport.FileName)) && !File.Exists(Path.Combine(folder, Regression.RunReportWriter.SummaryJsonFile));

    /// <summary>Reads the migration report in <paramref name="folder"/>.</summary>
    public static MigrationPart Read(string folder)
    {
        var path = Path.Combine(folder, MigrationReport.FileName);
        MigrationReport report;
        try
        {
            report = MigrationReportFile.Read(folder);
        }
        catch (JsonException e)
        {
            throw new MergeException($"{path}: line {(e.LineNumber ?? 0) + 1}: not a readable migration report: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException)
        {
            throw new MergeException($"{path}: {e.Message}", e);
        }

        // A hand-edited report may hold null lists: they count as empty.
        report = report with
        {
            Mailboxes = report.Mailboxes ?? [], Repaired = report.Repaired ?? [], Skipped = report.Skipped ?? [],
            Recovered = report.Recovered ?? [], Lost = report.Lost ?? [], Diagnostics = report.Diagnostics ?? [],
        };
        if (report.Format != MigrationReport.FormatId)
        {
            throw new MergeException($"{path}: format '{report.Format}' is not {MigrationReport.FormatId}");
        }

        var shard = report.Shard ?? new ReportShard(1, 1, [.. Enumerable.Range(0, report.Mailboxes.Count)]);
        if (shard.Positions.Count != report.Mailboxes.Count)
        {
            throw new MergeException($"{path}: \"shard\" gives {shard.Positions.Count} positions for {report.Mailboxes.Count} mailboxes");
        }

        return new MigrationPart(folder, report, shard);
    }
}
