using MailMig.Fidelity.Comparer.Comparison;
using MailMig.Fidelity.Comparer.Output;

namespace MailMig.Fidelity.Comparer.Truth;

/*
 * The ground-truth check alone. Output messages are paired with manifest records by (mailbox,
 * source index) from X-MailMig-Mailbox / X-MailMig-Source-Index (the mailbox falls back to the
 * decoded path segment); a message without a usable index is paired afterwards by content and
 * order among the records still unpaired (UnindexedPairing). The work is FolderComparison's single
 * pass (TruthPass): messages stream through in parallel, in a deterministic order.
 */

/// <summary>Checks a migrated output folder against the generator's <c>manifest.jsonl</c>, field by field, and grades it.</summary>
public sealed class TruthChecker
{
    /// <summary>The formats used to read the output folder (.eml, mbox and Exchange 5.5 packing lists).</summary>
    public List<IOutputFormat> Formats { get; } = [new EmlOutputFormat(), new MboxOutputFormat(), new Exchange55OutputFormat()];

    /// <summary>How many threads read and compare messages; the processor count by default.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Indexes <paramref name="manifestPath"/> (never loading it whole), reads the output's <c>migration-report.json</c> (when present) and checks <paramref name="actualFolder"/>.</summary>
    public TruthResult Check(string actualFolder, string manifestPath, CancellationToken cancellationToken = default)
    {
        using var manifest = ManifestIndex.Build(manifestPath);
        var report = MigrationReportReader.Read(Path.Combine(actualFolder, MigrationReportReader.FileName));
        return Check(actualFolder, manifest, report, cancellationToken);
    }

    /// <summary>Checks <paramref name="actualFolder"/> against <paramref name="manifest"/>, taking the migration <paramref name="report"/>'s skipped and repaired lists into account.</summary>
    public TruthResult Check(string actualFolder, Manifest manifest, MigrationReport? report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        using var records = new LoadedManifestRecords(manifest);
        return Check(actualFolder, records, report, cancellationToken);
    }

    /// <summary>Checks the mailboxes of the mail server <paramref name="store"/> against <paramref name="manifest"/> with the migration <paramref name="report"/>.</summary>
    public TruthResult Check(ImapMailStore store, Manifest manifest, MigrationReport? report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        using var records = new LoadedManifestRecords(manifest);
        return new FolderComparison { MaxDegreeOfParallelism = MaxDegreeOfParallelism }.Compare(store, null, records, report, cancellationToken).Truth!;
    }

    /// <summary>Checks <paramref name="actualFolder"/> against indexed or loaded manifest <paramref name="records"/>.</summary>
    public TruthResult Check(string actualFolder, ManifestRecords records, MigrationReport? report, CancellationToken cancellationToken = default)
    {
        var comparison = new FolderComparison { MaxDegreeOfParallelism = MaxDegreeOfParallelism };
        comparison.Formats.Clear();
        comparison.Formats.AddRange(Formats);
        return comparison.Compare(actualFolder, null, records, report, cancellationToken).Truth!;
    }
}
