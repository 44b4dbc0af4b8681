using System.Globalization;
using System.Text;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Model;
using MimeKit;

namespace MailMig.Fidelity.Migrator.Conversion;

/*
 * docs/formats/output.md is the contract. Nothing here reads a clock: the Date comes from the source (or the
 * documented fallback), the Message-ID and every multipart boundary from StableIds, so the same source
 * gives the same bytes. Bodies are 7bit only when that is byte-exact (ASCII, CR LF pairs, short lines, no
 * trailing blanks, a final line break); otherwise quoted-printable, so not one character is added or lost (KB Q181130).
 */

/// <summary>Converts a cc:Mail message into a MIME message per docs/formats/output.md.</summary>
public static class MessageConverter
{
    /// <summary>Converts <paramref name="message"/> read at <paramref name="context"/>.</summary>
    public static ConversionResult Convert(CcMessage message, ConversionContext context)
    {
        var repairs = new List<string>(context.SourceRepairs);
        var ids = new StableIds(context.PostOffice, context.Mailbox, context.Index);
        var mime = Build(message, context, ids, ids.MessageId, repairs, out var sender);
        var headers = mime.Headers;
        headers.Add(PlainHeaders.Create("X-MailMig-Mailbox", context.Mailbox));
        headers.Add(PlainHeaders.Create("X-MailMig-Source-Index", context.Index.ToString(CultureInfo.InvariantCulture)));
        headers.Add(PlainHeaders.Create("X-MailMig-Folder", message.Folder));
        headers.Add(PlainHeaders.Create("X-MailMig-Read", message.IsRead ? "yes" : "no"));
        headers.Add(PlainHeaders.Create("X-MailMig-Source", context.Source));
        var distinct = repairs.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count > 0)
        {
            headers.Add(PlainHeaders.Create("X-MailMig-Repairs", string.Join(", ", distinct)));
        }

        return new ConversionResult(message, mime, distinct, sender);
    }

    /// <summary>The Importance and X-Priority values of <paramref name="priority"/>.</summary>
    public static (string Importance, string XPriority) PriorityHeaders(CcPriority priority) => priority switch
    {
        CcPriority.Low => ("low", "5"),
        CcPriority.Urgent => ("high", "1"),
        _ => ("normal", "3"),
    };

    private static MimeMessage Build(CcMessage message, ConversionContext context, StableIds ids, string messageId, List<string> repairs, out string? sender)
    {
        var mime = new MimeMessage(Enumerable.Empty<Header>());
        sender = message.From is { } from ? AddressHeaders.Add(mime, HeaderId.From, [context.Addresses.Map(from)]) : null;

        // Headers are added directly: MimeKit's property setters re-parse what they set, several times slower.
        mime.Headers.Add(PlainHeaders.Create(HeaderId.Date, RfcDate(context.Dates.Resolve(message.Date, message.DateText, repairs))));
        mime.Headers.Add(PlainHeaders.Create(HeaderId.Subject, message.Subject));
        mime.Headers.Add(PlainHeaders.Create(HeaderId.MessageId, $"<{messageId}>"));
        AddressHeaders.Add(mime, HeaderId.To, [.. message.To.Select(context.Addresses.Map)]);
        AddressHeaders.Add(mime, HeaderId.Cc, [.. message.Cc.Select(context.Addresses.Map)]);
        AddressHeaders.Add(mime, HeaderId.Bcc, [.. message.Bcc.Select(context.Addresses.Map)]);
        if (message.ReturnReceiptTo is { } receipt)
        {
            var list = new InternetAddressList { Mailbox(context, receipt) };
            mime.Headers.Add(new Header(Encoding.UTF8, HeaderId.DispositionNotificationTo, list.ToString(FormatOptions.Default, true)));
        }

        var (importance, xPriority) = PriorityHeaders(message.Priority);
        mime.Headers.Add(PlainHeaders.Create(HeaderId.Importance, importance));
        mime.Headers.Add(PlainHeaders.Create(HeaderId.XPriority, xPriority));
        if (message.DateText is not null)
        {
            mime.Headers.Add(PlainHeaders.Create("X-MailMig-Original-Date", message.DateText));
        }

        foreach (var extra in message.ExtraHeaders)
        {
            mime.Headers.Add(PlainHeaders.Create("X-CcMail-Header", $"{extra.Keyword}: {extra.Value}"));
        }

        mime.Body = BuildBody(message, context, ids, messageId, repairs);
        return mime;
    }

    /// <summary>An RFC 5322 date-time with its offset, e.g. <c>Mon, 16 Nov 1998 10:30:00 -0500</c>.</summary>
    public static string RfcDate(DateTimeOffset date)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{date:ddd, d MMM yyyy HH:mm:ss} {sign}{offset.Hours:00}{offset.Minutes:00}");
    }

    private static MailboxAddress Mailbox(ConversionContext context, CcAddress address) => context.Addresses.Map(address).ToMailboxAddress();

    private static MimeEntity BuildBody(CcMessage message, ConversionContext context, StableIds ids, string messageId, List<string> repairs)
    {
        var body = message.Items.OfType<TextItem>().FirstOrDefault();
        var bodyPart = Text(body?.Text ?? "");
        var rest = message.Items.Where(i => !ReferenceEquals(i, body)).ToList();
        if (rest.Count == 0)
        {
            return bodyPart;
        }

        var mixed = new Multipart("mixed") { Boundary = ids.NextBoundary() };
        mixed.Add(bodyPart);
        var texts = 1;
        var forwarded = 0;
        for (var i = 0; i < message.Items.Count; i++)
        {
            var position = i + 1;
            switch (message.Items[i])
            {
                case TextItem text when !ReferenceEquals(text, body):
                    // Further Text items are attachments to a reader: base64 keeps their bytes (CR LF included) in every output.
                    var inline = Text(text.Text);
                    inline.ContentTransferEncoding = ContentEncoding.Base64;
                    inline.ContentDisposition = new ContentDisposition(ContentDisposition.Inline) { FileName = $"text-{(++texts).ToString(CultureInfo.InvariantCulture)}.txt" };
                    mixed.Add(inline);
                    break;
                case FileItem file:
                    mixed.Add(Attachment(file.Name, file.Data, context.Dates.ResolveOptional(file.Date, file.DateText), position, repairs));
                    break;
                case BinaryItem binary:
                    var name = binary.Name ?? $"{binary.Kind.ToString().ToLowerInvariant()}-{position.ToString(CultureInfo.InvariantCulture)}.bin";
                    mixed.Add(Attachment(name, binary.Data, null, position, repairs));
                    break;
                case MessageItem item:
                    var id = $"fwd{(++forwarded).ToString(CultureInfo.InvariantCulture)}.{messageId}";
                    mixed.Add(new MessagePart { Message = Build(item.Message, context, ids, id, repairs, out _) });
                    break;
            }
        }

        return mixed;
    }

    private static TextPart Text(string text)
    {
        var part = new TextPart("plain") { Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false)) };
        part.ContentType.Charset = "utf-8";
        part.ContentTransferEncoding = IsExactIn7Bit(text) ? ContentEncoding.SevenBit : ContentEncoding.QuotedPrintable;
        return part;
    }

    private static MimePart Attachment(string name, byte[] data, DateTimeOffset? date, int position, List<string> repairs)
    {
        var safe = AttachmentNames.MakeSafe(name, position, out var changed);
        if (changed)
        {
            repairs.Add(RepairIds.AttachmentNameMadeSafe);
        }

        // An attachment is opaque bytes: never message/rfc822 by its extension (a forwarded message is a Message item), so no MIME reader recurses into it.
        var type = MimeTypes.GetMimeType(safe);
        var part = new MimePart(type.Equals("message/rfc822", StringComparison.OrdinalIgnoreCase) ? "application/octet-stream" : type)
        {
            Content = new MimeContent(new MemoryStream(data, writable: false)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = safe,
        };
        if (date is { } modified)
        {
            part.ContentDisposition.ModificationDate = modified;
        }

        return part;
    }

    private static bool IsExactIn7Bit(string text)
    {
        var lineLength = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n' || (i > 0 && text[i - 1] is ' ' or '\t'))
                {
                    return false;
                }

                i++;
                lineLength = 0;
                continue;
            }

            if (c == '\n' || c >= 0x7F || (c < ' ' && c != '\t') || ++lineLength > 998)
            {
                return false;
            }
        }

        return text.EndsWith("\r\n", StringComparison.Ordinal);
    }
}
