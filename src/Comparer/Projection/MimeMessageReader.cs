using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MimeKit;
using MimeKit.Utils;

namespace MailMig.Fidelity.Comparer.Projection;

/*
 * Reads a MIME message (an .eml file or one mbox entry) into a MigratedMessage following
 * docs/formats/output.md. It never throws on bad input: what the contract requires and the
 * message lacks (or has in an unreadable form) becomes a Problem, and the message is still
 * projected as far as it can be, so one broken file is one difference, never a crashed run.
 */

/// <summary>Reads migrated MIME messages (.eml files, mbox entries) into <see cref="MigratedMessage"/>s without throwing on malformed input.</summary>
public static class MimeMessageReader
{
    // The headers the contract requires come first: their indexes in LookedUpHeaders are below RequiredCount.
    private const int RequiredCount = 6;
    private const int From = 0, MessageId = 1, Mailbox = 2, SourceIndex = 3, Folder = 4, ReadState = 5, Status = 6, Importance = 7,
        XPriority = 8, ReceiptTo = 9, OriginalDate = 10, Repairs = 11, Source = 12, CcMailHeader = 13;

    private static readonly string[] LookedUpHeaders =
        ["From", "Message-ID", "X-MailMig-Mailbox", "X-MailMig-Source-Index", "X-MailMig-Folder", "X-MailMig-Read",
         "Status", "Importance", "X-Priority", "Disposition-Notification-To", "X-MailMig-Original-Date", "X-MailMig-Repairs", "X-MailMig-Source",
         "X-CcMail-Header"];

    // Only these headers are looked at, each by its index; decoding every header (folded address lists
    // above all) was a large part of the cost of reading a message.
    private static readonly FrozenDictionary<string, int> HeaderIndexes =
        LookedUpHeaders.Select((name, i) => KeyValuePair.Create(name, i)).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    [ThreadStatic]
    private static MimeParser? _parser;

    // A longer description (a huge boundary) is neither kept nor built in a builder that stays.
    private const int MaxKeptDescription = 1024;

    [ThreadStatic]
    private static StringBuilder? _description;

    [ThreadStatic]
    private static string? _lastDescription;

    /// <summary>Parses <paramref name="bytes"/> as one MIME message and reads it; unparsable bytes give a message with a problem.</summary>
    public static MigratedMessage Read(ReadOnlyMemory<byte> bytes, MessageLocation? location = null)
    {
        // Parsed persistently: part contents stay views of the bytes, read once, while the stream is open.
        // One parser per thread is reset onto each message: a new MimeParser allocates its buffers anew.
        using var stream = AsStream(bytes);
        MimeMessage message;
        try
        {
            var parser = _parser ??= new MimeParser(Stream.Null, MimeFormat.Entity, persistent: true);
            parser.SetStream(stream, MimeFormat.Entity, persistent: true);
            message = parser.ParseMessage();
        }
        catch (Exception e) when (e is FormatException or ParseException)
        {
            return new MigratedMessage { Location = location, Problems = ["unparsable MIME: " + e.Message] };
        }

        // Disposed as soon as it is read: a MimeKit entity left to its finalizer keeps the whole
        // message alive into an older GC generation, which made garbage collection most of compare's time.
        using (message)
        {
            return Read(message, location);
        }
    }

    /// <summary>Reads an already parsed <paramref name="message"/> as a top-level migrated message.</summary>
    public static MigratedMessage Read(MimeMessage message, MessageLocation? location = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var problems = new List<string>();
        var (headers, ccMailHeaders) = LookUpHeaders(message);
        string? Value(int index) => headers[index] is { } header ? HeaderText.ValueOf(header) : null;
        var index = ReadSourceIndex(Value(SourceIndex), problems);
        var mboxStatus = Value(Status);
        var read = ReadStatus(Value(ReadState), mboxStatus, problems);
        var content = ReadContent(message, problems, topLevel: true);
        return content.ToMessage(Value(MessageId), problems) with
        {
            Location = location,
            Mailbox = Value(Mailbox),
            SourceIndex = index,
            Folder = Value(Folder),
            Read = read,
            MboxStatus = mboxStatus,
            Priority = ReadPriority(Value(Importance)?.Trim(), Value(XPriority)?.Trim(), out var priorityRaw),
            PriorityRaw = priorityRaw,
            ReceiptTo = headers[ReceiptTo] is not null ? ReadAddressHeader(message, "Disposition-Notification-To", problems) : [],
            OriginalDate = Value(OriginalDate),
            CcMailHeaders = ccMailHeaders,
            Repairs = SplitList(Value(Repairs)),
            Source = Value(Source)?.Trim(),
            MissingHeaders = Missing(headers),
        };
    }

    // The first header of each name the reader looks at (by index in LookedUpHeaders), and every X-CcMail-Header's value in order.
    private static (Header?[] Headers, List<string> CcMailHeaders) LookUpHeaders(MimeMessage message)
    {
        var headers = new Header?[CcMailHeader];
        var ccMailHeaders = new List<string>();
        var list = message.Headers;
        for (var i = 0; i < list.Count; i++)
        {
            var header = list[i];
            if (!HeaderIndexes.TryGetValue(header.Field, out var index))
            {
                continue;
            }

            if (index == CcMailHeader)
            {
                ccMailHeaders.Add(HeaderText.ValueOf(header));
            }
            else
            {
                headers[index] ??= header;
            }
        }

        return (headers, ccMailHeaders);
    }

    private static string[] Missing(Header?[] headers)
    {
        var count = 0;
        for (var i = 0; i < RequiredCount; i++)
        {
            count += headers[i] is null ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var missing = new string[count];
        count = 0;
        for (var i = 0; i < RequiredCount; i++)
        {
            if (headers[i] is null)
            {
                missing[count++] = LookedUpHeaders[i];
            }
        }

        return missing;
    }

    // The value of the first header with id, as HeaderList's indexer gives it.
    private static string? FirstValue(HeaderList headers, HeaderId id)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (headers[i].Id == id)
            {
                return HeaderText.ValueOf(headers[i]);
            }
        }

        return null;
    }

    private static int? ReadSourceIndex(string? raw, List<string> problems)
    {
        if (raw is null)
        {
            return null;
        }

        if (int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index > 0)
        {
            return index;
        }

        problems.Add("X-MailMig-Source-Index is not a positive integer: " + raw);
        return null;
    }

    // X-MailMig-Read when present, else an mbox Status header's R flag, else unknown.
    private static bool? ReadStatus(string? raw, string? mboxStatus, List<string> problems)
    {
        bool? read = raw?.Trim().ToLowerInvariant() switch
        {
            null => mboxStatus is null ? null : mboxStatus.Contains('R', StringComparison.Ordinal),
            "yes" => true,
            "no" => false,
            _ => null,
        };
        if (raw is not null && read is null)
        {
            problems.Add("X-MailMig-Read is neither yes nor no: " + raw);
        }

        return read;
    }

    internal static MigratedMessage ReadForwarded(MimeMessage message)
    {
        var problems = new List<string>();
        return ReadContent(message, problems, topLevel: false).ToMessage(FirstValue(message.Headers, HeaderId.MessageId), problems);
    }

    private static Content ReadContent(MimeMessage message, List<string> problems, bool topLevel)
    {
        var content = new Content
        {
            From = ReadPlainAddresses(message.Headers, HeaderId.From) ?? Project(message, "From", message.From, problems),
            To = ReadPlainAddresses(message.Headers, HeaderId.To) ?? Project(message, "To", message.To, problems),
            Cc = ReadPlainAddresses(message.Headers, HeaderId.Cc) ?? Project(message, "Cc", message.Cc, problems),
            Bcc = ReadPlainAddresses(message.Headers, HeaderId.Bcc) ?? Project(message, "Bcc", message.Bcc, problems),
            Subject = FirstValue(message.Headers, HeaderId.Subject),
            DateRaw = FirstValue(message.Headers, HeaderId.Date)?.Trim(),
        };
        if (content.DateRaw is not null)
        {
            if (DateUtils.TryParse(content.DateRaw, out var date) || Rfc5322Date.TryParse(content.DateRaw, out date))
            {
                content.Date = date;
            }
            else
            {
                problems.Add("unreadable Date: " + content.DateRaw);
            }
        }

        if (message.Body is null)
        {
            if (topLevel)
            {
                problems.Add("no body");
            }
        }
        else
        {
            Walk(message.Body, 0, content);
        }

        return content;
    }

    private static void Walk(MimeEntity entity, int depth, Content content)
    {
        content.Structure.Add(new MimeStructureLine(depth, Describe(entity)));
        switch (entity)
        {
            case Multipart multipart:
                foreach (var child in multipart)
                {
                    Walk(child, depth + 1, content);
                }

                break;
            case MessagePart { Message: { } nested }:
                content.Forwarded.Add(ReadForwarded(nested));
                break;
            case TextPart text when IsInlineText(text):
                var value = NormaliseLineEnds(TextPartDecoder.TextOf(text));
                if (content.Body is null)
                {
                    content.Body = value;
                }
                else
                {
                    content.TextParts.Add(new ProjectedTextPart(content.TextParts.Count + 2, value));
                }

                break;
            case MimePart part:
                content.Attachments.Add(ReadAttachment(part));
                break;
        }
    }

    private static bool IsInlineText(TextPart text) =>
        text.ContentType.IsMimeType("text", "plain") && !text.IsAttachment && text.FileName is null;

    private static ProjectedAttachment ReadAttachment(MimePart part)
    {
        using var decoded = new MemoryStream();
        part.Content?.DecodeTo(decoded);
        var hash = SHA256.HashData(decoded.GetBuffer().AsSpan(0, (int)decoded.Length));
        var modified = part.ContentDisposition?.ModificationDate?.DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        return new ProjectedAttachment(part.FileName, part.ContentType.MimeType.ToLowerInvariant(), decoded.Length, Convert.ToHexStringLower(hash), modified);
    }

    // Built in one builder per thread; a description equal to the thread's last one (most are "text/plain; charset=utf-8") is that string again.
    private static string Describe(MimeEntity entity)
    {
        var text = (_description ??= new StringBuilder(128)).Clear().Append(entity.ContentType.MimeType.ToLowerInvariant());
        if (entity.ContentType.Charset is { } charset)
        {
            text.Append("; charset=").Append(charset.ToLowerInvariant());
        }

        if (entity is Multipart multipart)
        {
            text.Append("; boundary=\"").Append(multipart.Boundary).Append('"');
        }

        if (entity.ContentDisposition is { } disposition)
        {
            text.Append(" (").Append(disposition.Disposition.ToLowerInvariant()).Append(')');
        }

        if (_lastDescription is { } last && text.Equals(last.AsSpan()))
        {
            return last;
        }

        var description = text.ToString();
        if (text.Length <= MaxKeptDescription)
        {
            _lastDescription = description;
        }
        else
        {
            _description = null;
        }

        return description;
    }

    // The addresses of every header with id when all of them are plain address lists (as MimeKit reads them), else null.
    private static List<ProjectedAddress>? ReadPlainAddresses(HeaderList headers, HeaderId id)
    {
        List<ProjectedAddress>? addresses = null;
        for (var i = 0; i < headers.Count; i++)
        {
            if (headers[i].Id == id && !PlainAddressList.TryRead(headers[i].RawValue, addresses ??= []))
            {
                return null;
            }
        }

        return addresses;
    }

    private static IReadOnlyList<ProjectedAddress> Project(MimeMessage message, string field, InternetAddressList parsed, List<string> problems)
    {
        // MimeKit has already parsed the standard address headers; only an empty result for a
        // non-empty header needs a second look, to tell "no addresses" from "unreadable".
        if (parsed.Count == 0)
        {
            return ReadAddressHeader(message, field, problems);
        }

        var addresses = new List<ProjectedAddress>(parsed.Count);
        foreach (var mailbox in parsed.Mailboxes)
        {
            addresses.Add(ProjectedAddress.FromSmtp(mailbox.Name, mailbox.Address));
        }

        return addresses;
    }

    private static IReadOnlyList<ProjectedAddress> ReadAddressHeader(MimeMessage message, string field, List<string> problems)
    {
        var addresses = new List<ProjectedAddress>();
        foreach (var header in message.Headers)
        {
            if (!header.Field.Equals(field, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!InternetAddressList.TryParse(ParserOptions.Default, header.RawValue, out var list))
            {
                problems.Add("unreadable " + field + ": " + header.Value.Trim());
                continue;
            }

            foreach (var mailbox in list.Mailboxes)
            {
                addresses.Add(ProjectedAddress.FromSmtp(mailbox.Name, mailbox.Address));
            }
        }

        return addresses;
    }

    private static MessagePriority ReadPriority(string? importance, string? xPriority, out string? raw)
    {
        raw = (importance, xPriority) switch
        {
            (null, null) => null,
            (not null, null) => "Importance: " + importance,
            (null, not null) => "X-Priority: " + xPriority,
            _ => "Importance: " + importance + ", X-Priority: " + xPriority,
        };
        switch (importance?.ToLowerInvariant())
        {
            case "low": return MessagePriority.Low;
            case "high": return MessagePriority.High;
            case "normal": return MessagePriority.Normal;
        }

        return xPriority is { Length: > 0 } ? xPriority[0] switch
        {
            '1' or '2' => MessagePriority.High,
            '4' or '5' => MessagePriority.Low,
            _ => MessagePriority.Normal,
        } : MessagePriority.Normal;
    }

    private static string[] SplitList(string? value) =>
        value is null ? [] : value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Converts CR LF to LF; a lone CR is data and stays.</summary>
    internal static string NormaliseLineEnds(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal) : text;

    private static MemoryStream AsStream(ReadOnlyMemory<byte> bytes) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);

    private sealed class Content
    {
        public IReadOnlyList<ProjectedAddress> From { get; init; } = [];
        public IReadOnlyList<ProjectedAddress> To { get; init; } = [];
        public IReadOnlyList<ProjectedAddress> Cc { get; init; } = [];
        public IReadOnlyList<ProjectedAddress> Bcc { get; init; } = [];
        public string? Subject { get; init; }
        public string? DateRaw { get; init; }
        public DateTimeOffset? Date { get; set; }
        public List<MimeStructureLine> Structure { get; } = [];
        public string? Body { get; set; }
        public List<ProjectedTextPart> TextParts { get; } = [];
        public List<ProjectedAttachment> Attachments { get; } = [];
        public List<MigratedMessage> Forwarded { get; } = [];

        public MigratedMessage ToMessage(string? messageId, List<string> problems) => new()
        {
            MessageId = messageId?.Trim(),
            Date = Date,
            DateRaw = DateRaw,
            From = From,
            To = To,
            Cc = Cc,
            Bcc = Bcc,
            Subject = Subject,
            Structure = Structure,
            Body = Body,
            TextParts = TextParts,
            Attachments = Attachments,
            Forwarded = Forwarded,
            Problems = problems,
        };
    }
}
