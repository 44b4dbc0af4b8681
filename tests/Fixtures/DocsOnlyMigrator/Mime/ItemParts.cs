// Why: output.md "Body and MIME structure": the first Text item is the body, every other item a
// part in source order (further text inline, files and binary items as attachments, forwarded
// messages as message/rfc822), inside multipart/mixed whenever there is more than the body.
using System.Security.Cryptography;
using System.Text;
using MailMig.Fidelity.CcMail.Model;
using MimeKit;

namespace MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Mime;

/// <summary>The MIME parts of one message's items.</summary>
public sealed class ItemParts(MessageBuilder builder, MessageDate dates, string messageId, ISet<CcItem> dropped, RepairList repairs)
{
    /// <summary>The message body: a lone text part, or multipart/mixed of the body and every other item.</summary>
    public MimeEntity Body(IReadOnlyList<CcItem> items)
    {
        var firstText = items.OfType<TextItem>().FirstOrDefault();
        var body = Text(firstText?.Text ?? "", null);
        if (items.All(i => ReferenceEquals(i, firstText)))
        {
            return body;
        }

        var mixed = new Multipart("mixed") { Boundary = "=_docs_" + Key(messageId) };
        mixed.Add(body);
        var textNumber = 1;
        var forwardNumber = 0;
        for (var p = 1; p <= items.Count; p++)
        {
            var item = items[p - 1];
            if (ReferenceEquals(item, firstText))
            {
                continue;
            }

            mixed.Add(item switch
            {
                TextItem text => Text(text.Text, $"text-{++textNumber}.txt"),
                FileItem file => Attachment(file.Name, file.Data, dates.ForAttachment(file.Date, file.DateText), p),
                BinaryItem binary => Attachment(binary.Name ?? $"{binary.Kind.ToString().ToLowerInvariant()}-{p}.bin", binary.Data, null, p),
                MessageItem forwarded => Forwarded(forwarded.Message, ++forwardNumber),
                _ => throw new InvalidOperationException($"an item of unknown type {item.GetType().Name}"),
            });
        }

        return mixed;
    }

    private static MimePart Text(string text, string? fileName)
    {
        var part = Part("text", "plain", Encoding.UTF8.GetBytes(text));
        part.ContentType.Charset = "utf-8";
        if (fileName is not null)
        {
            part.ContentDisposition = new ContentDisposition(ContentDisposition.Inline) { FileName = fileName };
        }

        return part;
    }

    private MimePart Attachment(string name, byte[] data, DateTimeOffset? modified, int position)
    {
        var safe = AttachmentNames.MakeSafe(name, position);
        if (safe != name)
        {
            repairs.Add("attachment-name-made-safe");
        }

        var type = ContentType.Parse(MimeTypes.GetMimeType(safe));
        var part = Part(type.MediaType, type.MediaSubtype, data);
        part.ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) { FileName = safe, ModificationDate = modified };
        return part;
    }

    private MessagePart Forwarded(CcMessage message, int number)
    {
        var nested = builder.Build(message, $"fwd{number}.{messageId}", dropped, repairs);
        return new MessagePart("rfc822") { Message = nested };
    }

    private static MimePart Part(string mediaType, string subtype, byte[] data) => new(mediaType, subtype)
    {
        Content = new MimeContent(new MemoryStream(data)),
        ContentTransferEncoding = ContentEncoding.Base64,
    };

    private static string Key(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..16];
}
