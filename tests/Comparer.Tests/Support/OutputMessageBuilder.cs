using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MimeKit;

namespace MailMig.Fidelity.Comparer.Tests.Support;

/// <summary>Builds migrated messages as docs/formats/output.md describes them, and the manifest record that says what they must contain.</summary>
internal sealed class OutputMessageBuilder
{
    public string OrgDomain { get; set; } = "ferguson.example";
    public string Mailbox { get; set; } = "Smith, Grover";
    public int Index { get; set; } = 17;
    public string Folder { get; set; } = "Inbox";
    public bool Read { get; set; }
    public string Priority { get; set; } = "normal";
    public TestAddress From { get; set; } = TestAddress.CcMail("Smith, Grover", "FERGUSON");
    public List<TestAddress> To { get; } = [TestAddress.CcMail("Doe, Jane", "FERGUSON"), TestAddress.Attmail("Guy Good", "guygood")];
    public List<TestAddress> Cc { get; } = [TestAddress.Smtp("Pat Parkes", "pat@example.com")];
    public List<TestAddress> Bcc { get; } = [];
    public TestAddress? ReceiptTo { get; set; }
    public string Subject { get; set; } = "Quarterly numbers";
    public DateTimeOffset? Date { get; set; } = new DateTimeOffset(1998, 11, 16, 10, 30, 0, TimeSpan.FromHours(-5));
    public string? OriginalDate { get; set; } = "11/16/98 10:30";
    public string Body { get; set; } = "Jane,\n\nthe numbers are in.\nGrover";
    public List<string> ExtraTexts { get; } = [];
    public List<TestAttachment> Attachments { get; } = [];
    public List<OutputMessageBuilder> Forwarded { get; } = [];
    public List<string> CcMailHeaders { get; } = [];
    public List<string> Repairs { get; } = [];
    public string Source { get; set; } = "export/Smith, Grover.txt@1234";
    public string? MessageId { get; set; }
    public bool WriteIndexHeaders { get; set; } = true;

    public static OutputMessageBuilder Numbered(int index, string mailbox = "Smith, Grover") => new()
    {
        Mailbox = mailbox,
        Index = index,
        Subject = "Message " + index.ToString(CultureInfo.InvariantCulture),
        Date = new DateTimeOffset(1998, 11, 16, 10, 30, 0, TimeSpan.FromHours(-5)).AddMinutes(index),
        Source = "export/" + mailbox + ".txt@" + (index * 1000).ToString(CultureInfo.InvariantCulture),
    };

    public string RelativePath =>
        PathSegmentEncoder.Encode(Mailbox) + "/" + PathSegmentEncoder.EncodeFolder(Folder) + "/" + Index.ToString("D6", CultureInfo.InvariantCulture) + ".eml";

    public string MboxRelativePath => PathSegmentEncoder.Encode(Mailbox) + "/" + PathSegmentEncoder.EncodeFolder(Folder) + ".mbox";

    public MimeMessage Build() => Build(topLevel: true);

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        Build().WriteTo(FormatOptions.Default, stream);
        return stream.ToArray();
    }

    public string ToText() => Encoding.UTF8.GetString(ToBytes());

    public string WriteTo(string outputRoot)
    {
        var path = Path.Combine(outputRoot, RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, ToBytes());
        return path;
    }

    private MimeMessage Build(bool topLevel)
    {
        var message = new MimeMessage();
        message.Headers.Remove(HeaderId.Date);
        message.Headers.Remove(HeaderId.MessageId);
        message.Headers.Remove(HeaderId.Subject);
        message.Headers.Remove(HeaderId.From);
        message.MessageId = MessageId ?? Guid.NewGuid().ToString("N") + "@random.example";
        if (Date is { } date)
        {
            message.Date = date;
        }

        message.From.Add(From.ToMailbox(OrgDomain));
        message.To.AddRange(To.Select(a => a.ToMailbox(OrgDomain)));
        message.Cc.AddRange(Cc.Select(a => a.ToMailbox(OrgDomain)));
        message.Bcc.AddRange(Bcc.Select(a => a.ToMailbox(OrgDomain)));
        message.Subject = Subject;
        if (topLevel)
        {
            var (importance, xPriority) = Priority switch { "low" => ("low", "5"), "high" => ("high", "1"), _ => ("normal", "3") };
            message.Headers.Add("Importance", importance);
            message.Headers.Add("X-Priority", xPriority);
            if (ReceiptTo is not null)
            {
                message.Headers.Add("Disposition-Notification-To", ReceiptTo.ToMailbox(OrgDomain).ToString());
            }

            message.Headers.Add(new Header(Encoding.UTF8, "X-MailMig-Mailbox", Mailbox));
            if (WriteIndexHeaders)
            {
                message.Headers.Add("X-MailMig-Source-Index", Index.ToString(CultureInfo.InvariantCulture));
            }

            message.Headers.Add(new Header(Encoding.UTF8, "X-MailMig-Folder", Folder));
            message.Headers.Add("X-MailMig-Read", Read ? "yes" : "no");
            if (OriginalDate is not null)
            {
                message.Headers.Add("X-MailMig-Original-Date", OriginalDate);
            }

            message.Headers.Add(new Header(Encoding.UTF8, "X-MailMig-Source", Source));
            if (Repairs.Count > 0)
            {
                message.Headers.Add("X-MailMig-Repairs", string.Join(",", Repairs));
            }

            foreach (var line in CcMailHeaders)
            {
                message.Headers.Add(new Header(Encoding.UTF8, "X-CcMail-Header", line));
            }
        }

        var body = Text(Body);
        if (ExtraTexts.Count == 0 && Attachments.Count == 0 && Forwarded.Count == 0)
        {
            message.Body = body;
            return message;
        }

        var mixed = new Multipart("mixed") { body };
        foreach (var text in ExtraTexts)
        {
            mixed.Add(Text(text));
        }

        foreach (var attachment in Attachments)
        {
            var part = new MimePart(ContentType.Parse(attachment.ContentType))
            {
                Content = new MimeContent(new MemoryStream(attachment.Bytes)),
                ContentTransferEncoding = ContentEncoding.Base64,
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) { FileName = attachment.Name },
            };
            if (attachment.Date is not null)
            {
                part.ContentDisposition.ModificationDate = new DateTimeOffset(DateTime.Parse(attachment.Date, CultureInfo.InvariantCulture), TimeSpan.FromHours(-5));
            }

            mixed.Add(part);
        }

        foreach (var forwarded in Forwarded)
        {
            mixed.Add(new MessagePart { Message = forwarded.Build(topLevel: false) });
        }

        message.Body = mixed;
        return message;
    }

    private static TextPart Text(string text)
    {
        var part = new TextPart("plain") { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        part.SetText(Encoding.UTF8, text);
        return part;
    }

    public JsonObject ToManifestRecord()
    {
        var record = new JsonObject
        {
            ["record"] = "message",
            ["mailbox"] = Mailbox,
            ["index"] = Index,
            ["folder"] = Folder,
        };
        AddContent(record);
        record["receiptTo"] = ReceiptTo is null ? null : Address(ReceiptTo);
        record["priority"] = Priority;
        record["read"] = Read;
        record["faults"] = new JsonArray();
        record["outcome"] = Repairs.Count > 0 ? "repaired" : "migrated";
        record["repairs"] = new JsonArray(Repairs.Select(r => (JsonNode)JsonValue.Create(r)!).ToArray());
        record["skipReason"] = null;
        return record;
    }

    private void AddContent(JsonObject record)
    {
        record["from"] = Address(From);
        record["to"] = Addresses(To);
        record["cc"] = Addresses(Cc);
        record["bcc"] = Addresses(Bcc);
        record["subject"] = Subject;
        record["date"] = Date?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        record["dateLocal"] = Date?.DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        record["body"] = Body.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
        var attachments = new JsonArray();
        var n = 2;
        foreach (var text in ExtraTexts)
        {
            attachments.Add(AttachmentRecord("text-" + (n++).ToString(CultureInfo.InvariantCulture) + ".txt", Encoding.UTF8.GetBytes(text), null));
        }

        foreach (var attachment in Attachments)
        {
            attachments.Add(AttachmentRecord(attachment.Name, attachment.Bytes, attachment.Date));
        }

        record["attachments"] = attachments;
        var forwarded = new JsonArray();
        foreach (var f in Forwarded)
        {
            var content = new JsonObject();
            f.AddContent(content);
            forwarded.Add(content);
        }

        record["forwarded"] = forwarded;
    }

    private static JsonObject AttachmentRecord(string name, byte[] bytes, string? date) => new()
    {
        ["name"] = name,
        ["size"] = bytes.Length,
        ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes)),
        ["date"] = date,
    };

    private static JsonArray Addresses(IEnumerable<TestAddress> addresses) => new(addresses.Select(a => (JsonNode)Address(a)).ToArray());

    private static JsonObject Address(TestAddress a) => new() { ["displayName"] = a.DisplayName, ["type"] = a.Type, ["address"] = a.Address };
}
