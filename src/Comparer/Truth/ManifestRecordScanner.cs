using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace MailMig.Fidelity.Comparer.Truth;

/*
 * The fast path of the manifest reader: one forward pass of a Utf8JsonReader over a line, with no
 * JsonDocument and no property lookups. The same code builds a message record (when a message is
 * paired with it) or only checks it (when the manifest is indexed), so the two cannot drift apart.
 * It reads only what it is sure of: on anything unusual (a syntax error, a value of the wrong type
 * or out of range, a name escaped or given twice, "record" not the first name, a header or an
 * unknown record) it gives up, and ManifestDocumentReader reads the line and words the diagnostic,
 * so odd lines are read exactly as before. Lines a generator writes never take that slow path.
 *
 * The methods on this path are compiled optimized at once (AggressiveOptimization): the index runs
 * them over every line at process start, most of it before tiered compilation would optimize them.
 */

/// <summary>Reads a manifest record in one forward pass: builds the message or only checks it, and gives up (false) on anything unusual.</summary>
internal ref partial struct ManifestRecordScanner
{
    private readonly bool _build;
    private readonly Dictionary<string, string>? _pool;
    private Utf8JsonReader _json;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ManifestRecordScanner(ReadOnlySpan<byte> utf8, bool build, Dictionary<string, string>? pool)
    {
        _json = new Utf8JsonReader(utf8);
        _build = build;
        _pool = pool;
    }

    /// <summary>Reads the line <paramref name="utf8"/> (valid UTF-8): a message's key (and the message when <paramref name="build"/>), no key for a record kind the check ignores, or false when the line needs the JsonDocument reader.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryRead(ReadOnlySpan<byte> utf8, int line, bool build, Dictionary<string, string>? pool, out ManifestMessage? message, out string? mailbox, out int index)
    {
        var scanner = new ManifestRecordScanner(utf8, build, pool);
        try
        {
            (message, mailbox, index) = scanner.Root(line);
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or UnsureException)
        {
            (message, mailbox, index) = (null, null, 0);
            return false;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (ManifestMessage?, string?, int) Root(int line)
    {
        Expect(_json.Read() && _json.TokenType == JsonTokenType.StartObject);
        var seen = 0UL;
        Expect(NextProperty(ref seen) == ManifestKeys.Record && _json.TokenType == JsonTokenType.String && !_json.ValueIsEscaped);
        var kind = _json.ValueSpan;
        var result = kind.SequenceEqual("message"u8) ? Message(line, seen)
            : IsIgnored(kind) ? Ignored(seen)
            : throw new UnsureException();
        Expect(!_json.Read());
        return result;
    }

    // Mailbox records list folders and counts; boards, lists and address books are read by PersonalDataTruth.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsIgnored(ReadOnlySpan<byte> kind) =>
        kind.SequenceEqual("mailbox"u8) || kind.SequenceEqual("bulletinBoard"u8) || kind.SequenceEqual("bulletinMessage"u8)
        || kind.SequenceEqual("mailingList"u8) || kind.SequenceEqual("addressBook"u8);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (ManifestMessage?, string?, int) Ignored(ulong seen)
    {
        while (NextProperty(ref seen) >= 0)
        {
            _json.Skip();
        }

        return (null, null, 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (ManifestMessage?, string?, int) Message(int line, ulong seen)
    {
        var parts = default(MessageParts);
        var content = default(ContentParts);
        for (var key = NextProperty(ref seen); key >= 0; key = NextProperty(ref seen))
        {
            if (!MessageValue(key, ref parts) && !ContentValue(key, ref content))
            {
                _json.Skip();
            }
        }

        Expect(parts.Mailbox is not null && parts.Index > 0);
        return (_build ? Build(parts, Build(content), line) : null, parts.Mailbox, parts.Index);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool MessageValue(int key, ref MessageParts parts)
    {
        switch (key)
        {
            case ManifestKeys.Mailbox:
                Expect(_json.TokenType == JsonTokenType.String);
                parts.Mailbox = Shared(_json.GetString()!);
                break;
            case ManifestKeys.Index:
                Expect(_json.TokenType == JsonTokenType.Number && _json.TryGetInt32(out parts.Index) && parts.Index > 0);
                break;
            case ManifestKeys.Folder: parts.Folder = String(); break;
            case ManifestKeys.ReceiptTo: parts.ReceiptTo = _json.TokenType == JsonTokenType.StartObject ? Address() : Skip<ManifestAddress>(); break;
            case ManifestKeys.Priority: parts.Priority = String(); break;
            case ManifestKeys.Read:
                parts.Read = _json.TokenType == JsonTokenType.True;
                _json.Skip();
                break;
            case ManifestKeys.Faults: parts.Faults = Faults(); break;
            case ManifestKeys.Outcome: parts.Outcome = Outcome(); break;
            case ManifestKeys.Repairs: parts.Repairs = Repairs(); break;
            case ManifestKeys.SkipReason: parts.SkipReason = String(); break;
            case ManifestKeys.BySource: parts.BySource = _json.TokenType == JsonTokenType.StartObject ? BySource() : Skip<Dictionary<string, ManifestSourceOverride>>(); break;
            default: return false;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ContentValue(int key, ref ContentParts parts)
    {
        switch (key)
        {
            case ManifestKeys.From: parts.From = _json.TokenType == JsonTokenType.StartObject ? Address() : Skip<ManifestAddress>(); break;
            case ManifestKeys.To: parts.To = Addresses(); break;
            case ManifestKeys.Cc: parts.Cc = Addresses(); break;
            case ManifestKeys.Bcc: parts.Bcc = Addresses(); break;
            case ManifestKeys.Subject: parts.Subject = String(); break;
            case ManifestKeys.Date: parts.Date = Date(); break;
            case ManifestKeys.DateLocal: parts.DateLocal = String(); break;
            case ManifestKeys.Body: parts.Body = String(); break;
            case ManifestKeys.Attachments: parts.Attachments = Attachments(); break;
            case ManifestKeys.Forwarded: parts.Forwarded = Forwarded(); break;
            default: return false;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ManifestMessage Build(in MessageParts parts, ManifestContent content, int line) => new()
    {
        Mailbox = parts.Mailbox!,
        Index = parts.Index,
        Folder = Shared(parts.Folder ?? ""),
        Content = content,
        ReceiptTo = parts.ReceiptTo,
        Priority = Shared((parts.Priority ?? "normal").ToLowerInvariant()),
        Read = parts.Read,
        Faults = (IReadOnlyList<ManifestFault>?)parts.Faults ?? [],
        Outcome = parts.Outcome ?? ExpectedOutcome.Migrated,
        Repairs = (IReadOnlyList<string>?)parts.Repairs ?? [],
        SkipReason = parts.SkipReason,
        BySource = parts.BySource ?? new Dictionary<string, ManifestSourceOverride>(),
        Line = line,
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ManifestContent Build(in ContentParts parts) => new()
    {
        From = parts.From,
        To = (IReadOnlyList<ManifestAddress>?)parts.To ?? [],
        Cc = (IReadOnlyList<ManifestAddress>?)parts.Cc ?? [],
        Bcc = (IReadOnlyList<ManifestAddress>?)parts.Bcc ?? [],
        Subject = Shared(parts.Subject ?? ""),
        Date = parts.Date,
        DateLocal = parts.DateLocal,
        Body = parts.Body ?? "",
        Attachments = (IReadOnlyList<ManifestAttachment>?)parts.Attachments ?? [],
        Forwarded = (IReadOnlyList<ManifestContent>?)parts.Forwarded ?? [],
    };
}
