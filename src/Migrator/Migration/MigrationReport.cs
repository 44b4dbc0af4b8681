using System.Text.Json.Serialization;
using MailMig.Fidelity.Migrator.Sources;

namespace MailMig.Fidelity.Migrator.Migration;

/// <summary>The migration report (docs/formats/migration-report.md): counts, repairs, skips and diagnostics.</summary>
public sealed record MigrationReport
{
    /// <summary>The format identifier and version.</summary>
    public const string FormatId = "mailmig-fidelity/migration-report@2";

    /// <summary>The report's file name at the root of the output folder.</summary>
    public const string FileName = "migration-report.json";

    /// <summary>The format identifier.</summary>
    public string Format { get; init; } = FormatId;

    /// <summary>The migrator's name and version.</summary>
    public string Migrator { get; init; } = "mailmig-fidelity 0.1.0";

    /// <summary>The source as given.</summary>
    public string Source { get; init; } = "";

    /// <summary><c>db8</c>, <c>export</c> or <c>memory</c>.</summary>
    public string SourceKind { get; init; } = "";

    /// <summary><c>eml</c>, <c>mbox</c> or <c>exchange55</c>.</summary>
    public string Target { get; init; } = "";

    /// <summary>The domain IMCEA addresses were written under.</summary>
    public string OrgDomain { get; init; } = "";

    /// <summary>False while the run is in progress or when it was interrupted.</summary>
    public bool Complete { get; init; }

    /// <summary>The totals over all mailboxes.</summary>
    public ReportTotals Totals { get; init; } = new(0, 0, 0, 0);

    /// <summary>Per-mailbox counts in source order.</summary>
    public IReadOnlyList<MailboxReport> Mailboxes { get; init; } = [];

    /// <summary>Every repaired message.</summary>
    public IReadOnlyList<RepairedMessage> Repaired { get; init; } = [];

    /// <summary>Every skipped message.</summary>
    public IReadOnlyList<SkippedMessage> Skipped { get; init; } = [];

    /// <summary>Mailboxes the source does not list but recovered from another witness.</summary>
    public IReadOnlyList<RecoveredMailbox> Recovered { get; init; } = [];

    /// <summary>Mailboxes a witness names of which nothing could be read.</summary>
    public IReadOnlyList<LostMailbox> Lost { get; init; } = [];

    /// <summary>Problems outside any one message, identical ones counted, capped.</summary>
    public IReadOnlyList<ReportDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>Bulletin boards, mailing lists and address books, or null when the source has none (not counted in <see cref="Totals"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public PersonalDataReport? PersonalData { get; init; }

    /// <summary>Which part of a sharded run this is (docs/formats/mailbox-shards.md); null, and not written, for an unsharded run.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReportShard? Shard { get; init; }

    /// <summary>Whether every source message was migrated: nothing skipped, no mailbox recovered or lost, no error diagnostic (exit code 0).</summary>
    [JsonIgnore]
    public bool EverythingMigrated => Totals.Skipped == 0 && Recovered.Count == 0 && Lost.Count == 0 && !Diagnostics.Any(d => d.Severity == "error");
}
