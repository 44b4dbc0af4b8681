using System.Globalization;
using System.Text.Json;
using MailMig.Fidelity.Comparer.Diagnostics;

namespace MailMig.Fidelity.Comparer.Truth;

/*
 * The manifest line reader that words every diagnostic: a JsonDocument per line, each key looked up
 * (a key given twice is read as its last occurrence). It is the reference ManifestRecordScanner
 * must agree with, and it reads every line that scanner gives up on: headers, unknown records and
 * every line with something wrong or unusual in it. Which fault of a record is reported first
 * follows the order of the lookups below, not the order of the keys in the line.
 */

/// <summary>Reads one manifest line through a <see cref="JsonDocument"/>, turning a bad line into one diagnostic; never throws on content.</summary>
internal static class ManifestDocumentReader
{
    // The JSON parser reads UTF-8 in both cases: text is transcoded to the same bytes valid UTF-8 already is.
    /// <summary>Reads one non-blank line, given as text or else as valid UTF-8: a header, a message record, nothing, or a diagnostic.</summary>
    public static ManifestLine ReadLine(string path, string? text, ReadOnlyMemory<byte> utf8, int number, Dictionary<string, string>? pool)
    {
        try
        {
            using var document = text is null ? JsonDocument.Parse(utf8) : JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ManifestRecordException("the line is not a JSON object");
            }

            return RequiredString(root, "record") switch
            {
                "header" => ReadHeaderLine(path, root, number),
                "message" => new ManifestLine(null, ReadMessage(root, number, pool), null),
                // Mailbox records list folders and counts; messages carry all the check needs.
                "mailbox" => default,
                // Boards, lists and address books are read by PersonalDataTruth in a pass of their own.
                "bulletinBoard" or "bulletinMessage" or "mailingList" or "addressBook" => default,
                var record => new ManifestLine(null, null, new ComparerDiagnostic(ComparerSeverity.Warning, "manifest.unknown-record", $"unknown record '{record}' ignored", path, number)),
            };
        }
        catch (JsonException e)
        {
            return new ManifestLine(null, null, new ComparerDiagnostic(ComparerSeverity.Error, "manifest.invalid-json", "not valid JSON: " + e.Message, path, number));
        }
        catch (ManifestRecordException e)
        {
            return new ManifestLine(null, null, new ComparerDiagnostic(ComparerSeverity.Error, "manifest.invalid-record", e.Message, path, number));
        }
    }

    private static ManifestLine ReadHeaderLine(string path, JsonElement root, int number)
    {
        var header = ReadHeader(root);
        var warning = header.Format == ManifestReader.Format ? null
            : new ComparerDiagnostic(ComparerSeverity.Warning, "manifest.format", $"format is '{header.Format}', expected '{ManifestReader.Format}'", path, number);
        return new ManifestLine(header, null, warning);
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

    private static ManifestMessage ReadMessage(JsonElement root, int line, Dictionary<string, string>? pool)
    {
        var index = root.TryGetProperty("index", out var indexElement) && indexElement.ValueKind == JsonValueKind.Number && indexElement.TryGetInt32(out var i) && i > 0
            ? i
            : throw new ManifestRecordException("'index' must be a positive integer");
        return new ManifestMessage
        {
            Mailbox = Shared(pool, RequiredString(root, "mailbox")),
            Index = index,
            Folder = Shared(pool, OptionalString(root, "folder") ?? ""),
            Content = ReadContent(root, pool),
            ReceiptTo = root.TryGetProperty("receiptTo", out var receipt) && receipt.ValueKind == JsonValueKind.Object ? ReadAddress(receipt, pool) : null,
            Priority = Shared(pool, (OptionalString(root, "priority") ?? "normal").ToLowerInvariant()),
            Read = root.TryGetProperty("read", out var read) && read.ValueKind == JsonValueKind.True,
            Faults = Objects(root, "faults", f => new ManifestFault(RequiredString(f, "id"), OptionalString(f, "where") ?? "", OptionalString(f, "file"),
                f.TryGetProperty("offset", out var o) && o.ValueKind == JsonValueKind.Number ? WholeNumber(o, "fault 'offset'") : null, OptionalString(f, "detail"))),
            Outcome = ReadOutcome(root) ?? ExpectedOutcome.Migrated,
            Repairs = ReadRepairs(root),
            SkipReason = OptionalString(root, "skipReason"),
            BySource = root.TryGetProperty("bySource", out var bySource) && bySource.ValueKind == JsonValueKind.Object
                ? ReadBySource(bySource)
                : new Dictionary<string, ManifestSourceOverride>(),
            Line = line,
        };
    }

    // JSON allows a key twice (System.Text.Json keeps both); which override was meant cannot be told.
    private static Dictionary<string, ManifestSourceOverride> ReadBySource(JsonElement bySource)
    {
        var overrides = new Dictionary<string, ManifestSourceOverride>(StringComparer.Ordinal);
        foreach (var source in bySource.EnumerateObject())
        {
            if (!IsText(source))
            {
                throw new ManifestRecordException("'bySource' names a source with an unpaired surrogate escape, which is not text");
            }

            if (!overrides.TryAdd(source.Name, ReadSourceOverride(source.Value)))
            {
                throw new ManifestRecordException($"'bySource' names '{source.Name}' twice");
            }
        }

        return overrides;
    }

    private static ManifestSourceOverride ReadSourceOverride(JsonElement element) =>
        element.ValueKind != JsonValueKind.Object
            ? throw new ManifestRecordException("each 'bySource' entry must be an object")
            : new ManifestSourceOverride(
                ReadOutcome(element),
                element.TryGetProperty("repairs", out _) ? ReadRepairs(element) : null,
                element.TryGetProperty("skipReason", out _),
                OptionalString(element, "skipReason"),
                element.TryGetProperty("attachments", out _) ? Objects(element, "attachments", ReadAttachment) : null);

    private static ExpectedOutcome? ReadOutcome(JsonElement element) => OptionalString(element, "outcome") switch
    {
        null => null,
        "migrated" => ExpectedOutcome.Migrated,
        "repaired" => ExpectedOutcome.Repaired,
        "skipped" => ExpectedOutcome.Skipped,
        var other => throw new ManifestRecordException($"'outcome' is '{other}', expected migrated, repaired or skipped"),
    };

    private static string[] ReadRepairs(JsonElement element) =>
        Array(element, "repairs", r => r.ValueKind == JsonValueKind.String ? Text(r, "repairs") : throw new ManifestRecordException("'repairs' must hold strings"));

    private static ManifestAttachment ReadAttachment(JsonElement a) => new(
        RequiredString(a, "name"),
        a.TryGetProperty("size", out var size) && size.ValueKind == JsonValueKind.Number ? WholeNumber(size, "attachment 'size'") : throw new ManifestRecordException("attachment 'size' must be a number"),
        (OptionalString(a, "sha256") ?? "").ToLowerInvariant(),
        OptionalString(a, "date"));

    private static ManifestContent ReadContent(JsonElement element, Dictionary<string, string>? pool) => new()
    {
        From = element.TryGetProperty("from", out var from) && from.ValueKind == JsonValueKind.Object ? ReadAddress(from, pool) : null,
        To = Array(element, "to", a => ReadAddress(a, pool)),
        Cc = Array(element, "cc", a => ReadAddress(a, pool)),
        Bcc = Array(element, "bcc", a => ReadAddress(a, pool)),
        Subject = Shared(pool, OptionalString(element, "subject") ?? ""),
        Date = OptionalString(element, "date") is { } date ? ParseDate(date) : null,
        DateLocal = OptionalString(element, "dateLocal"),
        Body = OptionalString(element, "body") ?? "",
        Attachments = Objects(element, "attachments", ReadAttachment),
        Forwarded = Objects(element, "forwarded", f => ReadContent(f, pool)),
    };

    private static ManifestAddress ReadAddress(JsonElement element, Dictionary<string, string>? pool) =>
        element.ValueKind == JsonValueKind.Object
            ? new ManifestAddress(
                OptionalString(element, "displayName") is { } name ? Shared(pool, name) : null,
                Shared(pool, RequiredString(element, "type")),
                Shared(pool, RequiredString(element, "address")))
            : throw new ManifestRecordException("an address must be an object");

    /// <summary>The pooled instance equal to <paramref name="text"/>, so repeated values are held once.</summary>
    private static string Shared(Dictionary<string, string>? pool, string text)
    {
        if (pool is null)
        {
            return text;
        }

        ref var pooled = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(pool, text, out var exists);
        if (!exists)
        {
            pooled = text;
        }

        return pooled!;
    }

    private static DateTimeOffset ParseDate(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw new ManifestRecordException($"'date' is not an ISO 8601 date: {text}");

    private static T[] Array<T>(JsonElement element, string name, Func<JsonElement, T> read)
    {
        if (!element.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new ManifestRecordException($"'{name}' must be an array");
        }

        var items = new T[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            items[i++] = read(item);
        }

        return items;
    }

    // Only an object has properties: reading one from a number or a string throws in System.Text.Json.
    private static T[] Objects<T>(JsonElement element, string name, Func<JsonElement, T> read) =>
        Array(element, name, item => item.ValueKind == JsonValueKind.Object ? read(item) : throw new ManifestRecordException($"'{name}' must hold objects"));

    // A JSON number need not fit a long (0.5, 1e400): GetInt64 throws FormatException on those.
    private static long WholeNumber(JsonElement number, string what) =>
        number.TryGetInt64(out var value) ? value : throw new ManifestRecordException($"{what} must be a whole number");

    private static string RequiredString(JsonElement element, string name) =>
        OptionalString(element, name) ?? throw new ManifestRecordException($"'{name}' is missing");

    private static string? OptionalString(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? Text(value, name) : throw new ManifestRecordException($"'{name}' must be a string");
    }

    private static bool IsText(JsonProperty property)
    {
        try
        {
            return property.Name.Length >= 0;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // A string escape can name half a surrogate pair ("\ud800"), which is valid JSON but no text: System.Text.Json throws on reading it.
    private static string Text(JsonElement value, string name)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new ManifestRecordException($"'{name}' holds an unpaired surrogate escape, which is not text");
        }
    }

    private sealed class ManifestRecordException(string message) : Exception(message);
}
