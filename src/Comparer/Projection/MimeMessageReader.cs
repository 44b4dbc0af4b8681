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
    private static readonly string[] RequiredHeaders =
        ["From", "Message-ID", "X-MailMig-Mailbox", "X-MailMig-Source-Index", "X-MailMig-Folder", "X-MailMig-Read"];

    /// <summary>Parses <paramref name="bytes"/> as one MIME message and reads it; unparsable bytes give a message with a problem.</summary>
    public static MigratedMessage Read(ReadOnlyMemory<byte> bytes, MessageLocation? location = null)
    {
        MimeMessage message;
        try
        {
            using var stream = bytes.Length == 0 ? new MemoryStream() : AsStream(bytes);
            message = new MimeParser(stream, MimeFormat.Entity, persistent: false).ParseMessage();
        }
        catch (Exception e) when (e is FormatException or ParseException)
        {
            return new MigratedMessage { Location = location, Problems = ["unparsable MIME: " + e.Message] };
        }

        return Read(message, location);
    }

    /// <summary>Reads an already parsed <paramref name="message"/> as a top-level migrated message.</summary>
    public static MigratedMessage Read(MimeMessage message, MessageLocation? location = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var problems = new List<string>();
        var missing = RequiredHeaders.Where(name => !message.Headers.Contains(name)).ToArray();

        var indexRaw = message.Headers["X-MailMig-Source-Index"];
        int? index = null;
        if (indexRaw is not null)
        {
            if (int.TryParse(indexRaw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i > 0)
                index = i;
            else
                problems.Add("X-MailMig-Source-Index is not a positive integer: " + indexRaw);
        }

        var readRaw = message.Headers["X-MailMig-Read"];
        var mboxStatus = message.Headers["Status"];
        bool? read = readRaw?.Trim().ToLowerInvariant() switch
        {
            null => mboxStatus is null ? null : mboxStatus.Contains('R', StringComparison.Ordinal),
            "yes" => true,
            "no" => false,
            _ => null,
        };
        if (readRaw is not null && read is null)
            problems.Add("X-MailMig-Read is neither yes nor no: " + readRaw);

        var content = ReadContent(message, problems, topLevel: true);
        return new MigratedMessage
        {
            Location = location,
            Mailbox = message.Headers["X-MailMig-Mailbox"],
            SourceIndex = index,
            Folder = message.Headers["X-MailMig-Folder"],
            Read = read,
            MboxStatus = mboxStatus,
            Priority = ReadPriority(message, out var priorityRaw),
            PriorityRaw = priorityRaw,
            ReceiptTo = ReadAddressHeader(message, "Disposition-Notification-To", problems),
            MessageId = message.Headers[HeaderId.MessageId]?.Trim(),
            Date = content.Date,
            DateRaw = content.DateRaw,
            OriginalDate = message.Headers["X-MailMig-Original-Date"],
            From = content.From,
            To = content.To,
            Cc = content.Cc,
            Bcc = content.Bcc,
            Subject = content.Subject,
            CcMailHeaders = message.Headers.Where(h => h.Field.Equals("X-CcMail-Header", StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToArray(),
            Repairs = SplitList(message.Headers["X-MailMig-Repairs"]),
            Source = message.Headers["X-MailMig-Source"]?.Trim(),
            Structure = content.Structure,
            Body = content.Body,
            TextParts = content.TextParts,
            Attachments = content.Attachments,
            Forwarded = content.Forwarded,
            MissingHeaders = missing,
            Problems = problems,
        };
    }

    private static MigratedMessage ReadForwarded(MimeMessage message)
    {
        var problems = new List<string>();
        var content = ReadContent(message, problems, topLevel: false);
        return new MigratedMessage
        {
            MessageId = message.Headers[HeaderId.MessageId]?.Trim(),
            Date = content.Date,
            DateRaw = content.DateRaw,
            From = content.From,
            To = content.To,
            Cc = content.Cc,
            Bcc = content.Bcc,
            Subject = content.Subject,
            Structure = content.Structure,
            Body = content.Body,
            TextParts = content.TextParts,
            Attachments = content.Attachments,
            Forwarded = content.Forwarded,
            Problems = problems,
        };
    }

    private static Content ReadContent(MimeMessage message, List<string> problems, bool topLevel)
    {
        var content = new Content
        {
            From = ReadAddressHeader(message, "From", problems),
            To = ReadAddressHeader(message, "To", problems),
            Cc = ReadAddressHeader(message, "Cc", problems),
            Bcc = ReadAddressHeader(message, "Bcc", problems),
            Subject = message.Headers[HeaderId.Subject],
            DateRaw = message.Headers[HeaderId.Date]?.Trim(),
        };
        if (content.DateRaw is not null)
        {
            if (DateUtils.TryParse(content.DateRaw, out var date))
                content.Date = date;
            else
                problems.Add("unreadable Date: " + content.DateRaw);
        }

        if (message.Body is null)
        {
            if (topLevel)
                problems.Add("no body");
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
                    Walk(child, depth + 1, content);
                break;
            case MessagePart { Message: { } nested }:
                content.Forwarded.Add(ReadForwarded(nested));
                break;
            case TextPart text when IsInlineText(text):
                var value = NormaliseLineEnds(text.Text ?? "");
                if (content.Body is null)
                    content.Body = value;
                else
                    content.TextParts.Add(new ProjectedTextPart(content.TextParts.Count + 2, value));
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

    private static string Describe(MimeEntity entity)
    {
        var text = new StringBuilder(entity.ContentType.MimeType.ToLowerInvariant());
        if (entity.ContentType.Charset is { } charset)
            text.Append("; charset=").Append(charset.ToLowerInvariant());
        if (entity is Multipart multipart)
            text.Append("; boundary=\"").Append(multipart.Boundary).Append('"');
        if (entity.ContentDisposition is { } disposition)
            text.Append(" (").Append(disposition.Disposition.ToLowerInvariant()).Append(')');
        return text.ToString();
    }

    private static IReadOnlyList<ProjectedAddress> ReadAddressHeader(MimeMessage message, string field, List<string> problems)
    {
        var addresses = new List<ProjectedAddress>();
        foreach (var header in message.Headers)
        {
            if (!header.Field.Equals(field, StringComparison.OrdinalIgnoreCase))
                continue;
            if (!InternetAddressList.TryParse(ParserOptions.Default, header.RawValue, out var list))
            {
                problems.Add("unreadable " + field + ": " + header.Value.Trim());
                continue;
            }

            foreach (var mailbox in list.Mailboxes)
                addresses.Add(ProjectedAddress.FromSmtp(mailbox.Name, mailbox.Address));
        }

        return addresses;
    }

    private static MessagePriority ReadPriority(MimeMessage message, out string? raw)
    {
        var importance = message.Headers[HeaderId.Importance]?.Trim();
        var xPriority = message.Headers[HeaderId.XPriority]?.Trim();
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
    }
}
