using System.Globalization;
using System.Text.Json;
using MailMig.Fidelity.Comparer.Diagnostics;

namespace MailMig.Fidelity.Comparer.Truth;

/*
 * Reads manifest.jsonl (docs/formats/manifest.md) without ever throwing on content: a line that is
 * not JSON, or a record whose required keys are missing or of the wrong type, becomes an error
 * diagnostic naming the file and the line, and the other lines are still read. Unknown keys are
 * ignored so a newer generator's additions do not break an older Comparer.
 */

/// <summary>Reads <c>manifest.jsonl</c> into a <see cref="Manifest"/>, reporting bad lines as diagnostics with file and line.</summary>
public static class ManifestReader
{
    /// <summary>The manifest format this reader understands.</summary>
    public const string Format = "mailmig-fidelity/manifest@1";

    /// <summary>Reads the manifest at <paramref name="path"/>; an unreadable file gives a manifest with one error diagnostic.</summary>
    public static Manifest Read(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Manifest { Path = path, Diagnostics = [new ComparerDiagnostic(ComparerSeverity.Error, "manifest.unreadable", e.Message, path)] };
        }

        return Parse(path, lines);
    }

    /// <summary>Parses manifest <paramref name="lines"/>; <paramref name="path"/> names the file in diagnostics.</summary>
    public static Manifest Parse(string path, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var diagnostics = new List<ComparerDiagnostic>();
        var messages = new List<ManifestMessage>(lines.Count);
        ManifestHeader? header = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var number = i + 1;
            if (string.IsNullOrWhiteSpace(lines[i]))
                continue;
            try
            {
                using var document = JsonDocument.Parse(lines[i]);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                    throw new ManifestRecordException("the line is not a JSON object");
                var record = RequiredString(root, "record");
                if (record == "header")
                {
                    header = ReadHeader(root);
                    if (header.Format != Format)
                        diagnostics.Add(new ComparerDiagnostic(ComparerSeverity.Warning, "manifest.format", $"format is '{header.Format}', expected '{Format}'", path, number));
                }
                else if (record == "message")
                {
                    messages.Add(ReadMessage(root, number));
                }
                else if (record == "mailbox")
                {
                    // Mailbox records list folders and counts; messages carry all the check needs.
                }
                else
                {
                    diagnostics.Add(new ComparerDiagnostic(ComparerSeverity.Warning, "manifest.unknown-record", $"unknown record '{record}' ignored", path, number));
                }
            }
            catch (JsonException e)
            {
                diagnostics.Add(new ComparerDiagnostic(ComparerSeverity.Error, "manifest.invalid-json", "not valid JSON: " + e.Message, path, number));
            }
            catch (ManifestRecordException e)
            {
                diagnostics.Add(new ComparerDiagnostic(ComparerSeverity.Error, "manifest.invalid-record", e.Message, path, number));
            }
        }

        if (header is null && messages.Count > 0)
            diagnostics.Add(new ComparerDiagnostic(ComparerSeverity.Warning, "manifest.no-header", "no header record", path, 1));
        return new Manifest { Path = path, Header = header, Messages = messages, Diagnostics = diagnostics };
    }

    private static ManifestHeader ReadHeader(JsonElement root) => new()
    {
        Format = OptionalString(root, "format") ?? "",
        Generator = OptionalString(root, "generator"),
        Seed = root.TryGetProperty("seed", out var seed) && seed.ValueKind == JsonValueKind.Number && seed.TryGetInt64(out var s) ? s : null,
        Profile = OptionalString(root, "profile"),
        PostOffice = OptionalString(root, "postOffice"),
        TimeZone = OptionalString(root, "timeZone"),
        Messages = root.TryGetProperty("messages", out var count) && count.ValueKind == JsonValueKind.Number && count.TryGetInt32(out var c) ? c : null,
    };

    private static ManifestMessage ReadMessage(JsonElement root, int line)
    {
        var index = root.TryGetProperty("index", out var indexElement) && indexElement.ValueKind == JsonValueKind.Number && indexElement.TryGetInt32(out var i) && i > 0
            ? i
            : throw new ManifestRecordException("'index' must be a positive integer");
        return new ManifestMessage
        {
            Mailbox = RequiredString(root, "mailbox"),
            Index = index,
            Folder = OptionalString(root, "folder") ?? "",
            Content = ReadContent(root),
            ReceiptTo = root.TryGetProperty("receiptTo", out var receipt) && receipt.ValueKind == JsonValueKind.Object ? ReadAddress(receipt) : null,
            Priority = (OptionalString(root, "priority") ?? "normal").ToLowerInvariant(),
            Read = root.TryGetProperty("read", out var read) && read.ValueKind == JsonValueKind.True,
            Faults = Array(root, "faults", f => new ManifestFault(RequiredString(f, "id"), OptionalString(f, "where") ?? "", OptionalString(f, "file"),
                f.TryGetProperty("offset", out var o) && o.ValueKind == JsonValueKind.Number ? o.GetInt64() : null, OptionalString(f, "detail"))),
            Outcome = ReadOutcome(root) ?? ExpectedOutcome.Migrated,
            Repairs = ReadRepairs(root),
            SkipReason = OptionalString(root, "skipReason"),
            BySource = root.TryGetProperty("bySource", out var bySource) && bySource.ValueKind == JsonValueKind.Object
                ? bySource.EnumerateObject().ToDictionary(p => p.Name, p => ReadSourceOverride(p.Value), StringComparer.Ordinal)
                : new Dictionary<string, ManifestSourceOverride>(),
            Line = line,
        };
    }

    private static ManifestSourceOverride ReadSourceOverride(JsonElement element) =>
        element.ValueKind != JsonValueKind.Object
            ? throw new ManifestRecordException("each 'bySource' entry must be an object")
            : new ManifestSourceOverride(
                ReadOutcome(element),
                element.TryGetProperty("repairs", out _) ? ReadRepairs(element) : null,
                element.TryGetProperty("skipReason", out _),
                OptionalString(element, "skipReason"),
                element.TryGetProperty("attachments", out _) ? Array(element, "attachments", ReadAttachment) : null);

    private static ExpectedOutcome? ReadOutcome(JsonElement element) => OptionalString(element, "outcome") switch
    {
        null => null,
        "migrated" => ExpectedOutcome.Migrated,
        "repaired" => ExpectedOutcome.Repaired,
        "skipped" => ExpectedOutcome.Skipped,
        var other => throw new ManifestRecordException($"'outcome' is '{other}', expected migrated, repaired or skipped"),
    };

    private static string[] ReadRepairs(JsonElement element) =>
        Array(element, "repairs", r => r.ValueKind == JsonValueKind.String ? r.GetString()! : throw new ManifestRecordException("'repairs' must hold strings"));

    private static ManifestAttachment ReadAttachment(JsonElement a) => new(
        RequiredString(a, "name"),
        a.TryGetProperty("size", out var size) && size.ValueKind == JsonValueKind.Number ? size.GetInt64() : throw new ManifestRecordException("attachment 'size' must be a number"),
        (OptionalString(a, "sha256") ?? "").ToLowerInvariant(),
        OptionalString(a, "date"));

    private static ManifestContent ReadContent(JsonElement element) => new()
    {
        From = element.TryGetProperty("from", out var from) && from.ValueKind == JsonValueKind.Object ? ReadAddress(from) : null,
        To = Array(element, "to", ReadAddress),
        Cc = Array(element, "cc", ReadAddress),
        Bcc = Array(element, "bcc", ReadAddress),
        Subject = OptionalString(element, "subject") ?? "",
        Date = OptionalString(element, "date") is { } date ? ParseDate(date) : null,
        DateLocal = OptionalString(element, "dateLocal"),
        Body = OptionalString(element, "body") ?? "",
        Attachments = Array(element, "attachments", ReadAttachment),
        Forwarded = Array(element, "forwarded", ReadContent),
    };

    private static ManifestAddress ReadAddress(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
            ? new ManifestAddress(OptionalString(element, "displayName"), RequiredString(element, "type"), RequiredString(element, "address"))
            : throw new ManifestRecordException("an address must be an object");

    private static DateTimeOffset ParseDate(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw new ManifestRecordException($"'date' is not an ISO 8601 date: {text}");

    private static T[] Array<T>(JsonElement element, string name, Func<JsonElement, T> read)
    {
        if (!element.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
            return [];
        if (array.ValueKind != JsonValueKind.Array)
            throw new ManifestRecordException($"'{name}' must be an array");
        var items = new T[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
            items[i++] = read(item);
        return items;
    }

    private static string RequiredString(JsonElement element, string name) =>
        OptionalString(element, name) ?? throw new ManifestRecordException($"'{name}' is missing");

    private static string? OptionalString(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new ManifestRecordException($"'{name}' must be a string");
    }

    private sealed class ManifestRecordException(string message) : Exception(message);
}
