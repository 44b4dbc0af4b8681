/*
 * The ground truth `case add` drafts for a customer's export: every message as the SAME reader our
 * migrator uses (ExportReader) understood it, with the outcome (repairs, skips) our migrator
 * reported. It is therefore not independent evidence: it makes a crash nameable and pins today's
 * reading, and a reviewer must check each message against the customer's complaint before it is
 * trusted. The header says so ("draft": true).
 */
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Content;
using MailMig.Fidelity.Generator.Generation;
using MailMig.Fidelity.Generator.Manifest;
using MailMig.Fidelity.Migrator.Conversion;
using MailMig.Fidelity.Migrator.Migration;

namespace MailMig.Fidelity.Cli.Cases;

/// <summary>Writes a draft <c>manifest.jsonl</c> for an export file from its reading and our migrator's report.</summary>
public static class DraftManifest
{
    /// <summary>The generator name a drafted header carries.</summary>
    public const string DraftedBy = "mailmig-fidelity case add (draft: review before trusting)";

    /// <summary>Writes the draft for <paramref name="export"/> (mailbox <paramref name="mailbox"/>, zone <paramref name="timeZone"/>) to <paramref name="path"/>.</summary>
    public static void Write(string export, string mailbox, string timeZone, MigrationReport report, string path)
    {
        var contents = ExportFile.ReadAll(export);
        var messages = contents.Records.Where(r => r.Message is not null).ToList();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var calendar = new ZoneCalendar(zone, 1980, 2049);
        var body = new MemoryStream();
        using (var writer = new ManifestWriter(body, calendar, [OutputFormat.Export]))
        {
            var folders = messages.Select(r => r.Message!.Folder).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            writer.WriteMailbox(mailbox, folders, messages.Count, []);
            foreach (var record in messages)
            {
                // The writer converts with the generator's calendar, which refuses a time in a DST gap; the dates are rewritten below.
                var local = record.Message!.Date is { } date ? calendar.Unambiguous(date) : (DateTime?)null;
                var expectation = new MessageExpectation(local, new Dictionary<FileItem, string>(), null, []);
                writer.WriteMessage(mailbox, record.Index, record.Message, expectation);
            }
        }

        // The writer closed the stream; a MemoryStream still hands out what it holds.
        var drafted = body.ToArray();

        using var output = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        output.WriteLine(Header(contents.Header, timeZone, messages.Count).ToJsonString(Json));
        using var lines = new StreamReader(new MemoryStream(drafted));
        while (lines.ReadLine() is { } line)
        {
            var record = JsonNode.Parse(line)!.AsObject();
            WithDates(record, messages, new DateConverter(zone));
            output.WriteLine(WithOutcome(record, report).ToJsonString(Json));
        }
    }

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonObject Header(ExportFileHeader header, string timeZone, int messages) => new()
    {
        ["record"] = "header",
        ["format"] = ManifestWriter.Format,
        ["generator"] = DraftedBy,
        ["draft"] = true,
        ["messages"] = messages,
        ["postOffice"] = header.PostOffice ?? "",
        ["codePage"] = header.CodePage,
        ["timeZone"] = timeZone,
        ["outputs"] = new JsonArray("export"),
    };

    /// <summary>The instant our migrator gives the local time (a DST gap shifted forward, an overlap read as daylight time).</summary>
    private static void WithDates(JsonObject record, IReadOnlyList<MessageRecord> messages, DateConverter converter)
    {
        if ((string?)record["record"] != "message" || messages.FirstOrDefault(m => m.Index == (int)record["index"]!)?.Message?.Date is not { } local)
        {
            return;
        }

        var instant = converter.ToInstant(local, out _);
        record["date"] = instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        record["dateLocal"] = TimeZoneInfo.ConvertTime(instant, converter.Zone).DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
    }

    private static JsonObject WithOutcome(JsonObject record, MigrationReport report)
    {
        if ((string?)record["record"] != "message")
        {
            return record;
        }

        var index = (int)record["index"]!;
        var skip = report.Skipped.FirstOrDefault(s => s.Index == index);
        var repairs = report.Repaired.FirstOrDefault(r => r.Index == index)?.Repairs ?? [];
        record["outcome"] = skip is not null ? "skipped" : repairs.Count > 0 ? "repaired" : "migrated";
        record["repairs"] = new JsonArray(skip is null ? repairs.Select(r => (JsonNode)JsonValue.Create(r)).ToArray() : []);
        record["skipReason"] = skip?.Reason;
        return record;
    }
}
