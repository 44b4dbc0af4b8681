using System.Globalization;
using System.Text;
using System.Text.Unicode;
using System.Text.Json;
using MailMig.Fidelity.Comparer.Diagnostics;

namespace MailMig.Fidelity.Comparer.Truth;

/*
 * Reads manifest.jsonl (docs/formats/manifest.md) without ever throwing on content: a line that is
 * not JSON, or a record whose required keys are missing or of the wrong type, becomes an error
 * diagnostic naming the file and the line, and the other lines are still read (the first 100
 * errors are kept, all are counted). A file with no message record (empty, or not a manifest at
 * all) and a directory are errors too: nothing could be checked against them. Unknown keys are
 * ignored so a newer generator's additions do not break an older Comparer.
 *
 * The file is streamed line by line (a 100,000-message manifest is ~90 MB of text, twice that as
 * strings), and the strings that repeat across records (mailbox, folder, address parts, priority)
 * are shared through a per-read pool, so the parsed manifest holds each of them once.
 */

/// <summary>Reads <c>manifest.jsonl</c> into a <see cref="Manifest"/>, reporting bad lines as diagnostics with file and line.</summary>
public static class ManifestReader
{
    /// <summary>The manifest format this reader understands.</summary>
    public const string Format = "mailmig-fidelity/manifest@1";

    /// <summary>How many error diagnostics are kept; the rest are only counted (<see cref="Manifest.ErrorCount"/>), so a binary file cannot fill memory.</summary>
    public const int MaxErrorsKept = 100;

    /// <summary>Reads the manifest at <paramref name="path"/>; an unreadable file gives a manifest with one error diagnostic.</summary>
    public static Manifest Read(string path)
    {
        if (Directory.Exists(path))
        {
            return Unreadable(path, "a directory, not a manifest file");
        }

        try
        {
            return Parse(path, File.ReadLines(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unreadable(path, e.Message);
        }
    }

    private static Manifest Unreadable(string path, string why) =>
        new() { Path = path, Diagnostics = [new ComparerDiagnostic(ComparerSeverity.Error, "manifest.unreadable", why, path)], ErrorCount = 1 };

    /// <summary>Parses manifest <paramref name="lines"/>, enumerated once; <paramref name="path"/> names the file in diagnostics.</summary>
    public static Manifest Parse(string path, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var problems = new ManifestProblems(path);
        var messages = new List<ManifestMessage>(lines.TryGetNonEnumeratedCount(out var count) ? count : 0);
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        ManifestHeader? header = null;
        var number = 0;
        foreach (var line in lines)
        {
            var read = ReadLine(path, line, ++number, pool);
            header = read.Header ?? header;
            if (read.Message is not null)
            {
                messages.Add(read.Message);
            }

            problems.Add(read.Diagnostic);
        }

        problems.Finish(header is not null, messages.Count, number);
        return new Manifest { Path = path, Header = header, Messages = messages, Diagnostics = problems.Kept, ErrorCount = problems.ErrorCount };
    }

    /// <summary>Reads one manifest line (number <paramref name="number"/>): a header, a message record, nothing, or a diagnostic; never throws on content.</summary>
    internal static ManifestLine ReadLine(string path, string line, int number, Dictionary<string, string>? pool) =>
        string.IsNullOrWhiteSpace(line) ? default : ReadLine(path, line, default, number, pool);

    /// <summary>Reads one non-blank manifest line given as valid UTF-8 bytes, exactly as <see cref="ReadLine(string, string, int, Dictionary{string, string}?)"/> reads its text.</summary>
    internal static ManifestLine ReadLine(string path, ReadOnlyMemory<byte> utf8Line, int number, Dictionary<string, string>? pool) =>
        ReadLine(path, null, utf8Line, number, pool);

    /// <summary>Reads one manifest line given as raw bytes exactly as <see cref="ReadLine(string, string, int, Dictionary{string, string}?)"/> reads them decoded, without decoding valid UTF-8.</summary>
    internal static ManifestLine ReadLine(string path, byte[] line, int number, Dictionary<string, string>? pool) =>
        Utf8.IsValid(line) && HasAsciiNonWhiteSpace(line)
            ? ReadLine(path, null, line, number, pool)
            : ReadLine(path, Encoding.UTF8.GetString(line), number, pool);

    // A line with a visible ASCII byte is not blank; any other line is decoded and judged as text.
    private static bool HasAsciiNonWhiteSpace(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b < 0x80 && !char.IsWhiteSpace((char)b))
            {
                return true;
            }
        }

        return false;
    }

    // The JSON parser reads UTF-8 in both cases: text is transcoded to the same bytes valid UTF-8 already is.
    private static ManifestLine ReadLine(string path, string? text, ReadOnlyMemory<byte> utf8, int number, Dictionary<string, string>? pool)
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
        var warning = header.Format == Format ? null
            : new ComparerDiagnostic(ComparerSeverity.Warning, "manifest.format", $"format is '{header.Format}', expected '{Format}'", path, number);
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
        Array(element, "repairs", r => r.ValueKind == JsonValueKind.String ? r.GetString()! : throw new ManifestRecordException("'repairs' must hold strings"));

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

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new ManifestRecordException($"'{name}' must be a string");
    }

    private sealed class ManifestRecordException(string message) : Exception(message);
}
