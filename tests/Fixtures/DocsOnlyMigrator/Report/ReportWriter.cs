// Why: docs/formats/migration-report.md: every source message is accounted for once; the gate
// reads sourceKind, complete and the skipped and repaired entries.
using System.Text.Json;
using MailMig.Fidelity.CcMail.Diagnostics;

namespace MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Report;

/// <summary>Collects outcomes and writes <c>migration-report.json</c>.</summary>
public sealed class ReportWriter(string source, string sourceKind, string orgDomain)
{
    private readonly List<MailboxTally> _mailboxes = [];
    private readonly List<MessageOutcome> _repaired = [];
    private readonly List<MessageOutcome> _skipped = [];
    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>Whether any message was skipped.</summary>
    public bool AnySkipped => _skipped.Count > 0;

    /// <summary>Starts counting a mailbox.</summary>
    public MailboxTally AddMailbox(string name, string path)
    {
        var tally = new MailboxTally(name, path);
        _mailboxes.Add(tally);
        return tally;
    }

    /// <summary>Records a repaired message.</summary>
    public void Repaired(MessageOutcome outcome) => _repaired.Add(outcome);

    /// <summary>Records a skipped message.</summary>
    public void Skipped(MessageOutcome outcome) => _skipped.Add(outcome);

    /// <summary>Records a problem found outside any one message.</summary>
    public void Diagnostic(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>Writes the report into <paramref name="outDir"/> (temporary file, then rename).</summary>
    public void Write(string outDir, bool complete)
    {
        var target = Path.Combine(outDir, "migration-report.json");
        using (var stream = File.Create(target + ".tmp"))
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            WriteDocument(json, complete);
        }

        File.Move(target + ".tmp", target, overwrite: true);
    }

    private void WriteDocument(Utf8JsonWriter json, bool complete)
    {
        json.WriteStartObject();
        json.WriteString("format", "mailmig-fidelity/migration-report@1");
        json.WriteString("migrator", "docs-only-migrator 0.1.0");
        json.WriteString("source", source);
        json.WriteString("sourceKind", sourceKind);
        json.WriteString("target", "eml");
        json.WriteString("orgDomain", orgDomain);
        json.WriteBoolean("complete", complete);
        json.WriteStartObject("totals");
        WriteCounts(json, _mailboxes.Sum(m => m.Source), _mailboxes.Sum(m => m.Migrated), _mailboxes.Sum(m => m.Repaired), _mailboxes.Sum(m => m.Skipped));
        json.WriteEndObject();
        json.WriteStartArray("mailboxes");
        foreach (var m in _mailboxes)
        {
            json.WriteStartObject();
            json.WriteString("name", m.Name);
            json.WriteString("path", m.Path);
            WriteCounts(json, m.Source, m.Migrated, m.Repaired, m.Skipped);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteOutcomes(json, "repaired", _repaired);
        WriteOutcomes(json, "skipped", _skipped);
        WriteDiagnostics(json);
        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, int sourceCount, int migrated, int repaired, int skipped)
    {
        json.WriteNumber("source", sourceCount);
        json.WriteNumber("migrated", migrated);
        json.WriteNumber("repaired", repaired);
        json.WriteNumber("skipped", skipped);
    }

    private static void WriteOutcomes(Utf8JsonWriter json, string name, IEnumerable<MessageOutcome> outcomes)
    {
        json.WriteStartArray(name);
        foreach (var o in outcomes)
        {
            json.WriteStartObject();
            json.WriteString("mailbox", o.Mailbox);
            json.WriteNumber("index", o.Index);
            if (o.Reason is null)
            {
                json.WriteStartArray("repairs");
                o.Repairs.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
            }
            else
            {
                json.WriteString("reason", o.Reason);
                json.WriteString("detail", o.Detail);
            }

            json.WriteStartObject("location");
            json.WriteString("file", o.Location.File);
            json.WriteNumber("offset", o.Location.Offset);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void WriteDiagnostics(Utf8JsonWriter json)
    {
        json.WriteStartArray("diagnostics");
        foreach (var d in _diagnostics.Take(1000))
        {
            json.WriteStartObject();
            json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            json.WriteString("code", d.Code);
            json.WriteString("file", d.File);
            json.WriteNumber("offset", d.Offset);
            json.WriteString("message", d.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
