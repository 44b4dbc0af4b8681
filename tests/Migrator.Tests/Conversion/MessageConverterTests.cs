using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Migrator.Conversion;
using MailMig.Fidelity.Migrator.Tests.Support;
using MimeKit;

namespace MailMig.Fidelity.Migrator.Tests.Conversion;

public class MessageConverterTests
{
    [Fact]
    public void AMessageWithOneTextItemIsASingleTextPart()
    {
        var parsed = Converting.RoundTrip(TestMessages.Simple());
        var part = Assert.IsType<TextPart>(parsed.Body);
        Assert.Equal("utf-8", part.ContentType.Charset);
        Assert.Equal("Hello\r\nWorld\r\n", Converting.Content(part));
        Assert.Equal("Quarterly numbers", parsed.Subject);
    }

    [Theory]
    [InlineData("no final line break")]
    [InlineData("trailing spaces   \r\nand a\ttab\t\r\nend  ")]
    [InlineData("Grüße, ½ ░ and 表 能 十")]
    [InlineData("From the start\r\n.\r\nFrom here")]
    public void BodyTextIsExact(string body)
    {
        var message = TestMessages.Simple(body: body);
        Assert.Equal(body, Converting.Content(Assert.IsType<TextPart>(Converting.RoundTrip(message).Body)));
    }

    [Fact]
    public void ALongLineIsCarriedExactly()
    {
        var body = new string('x', 5000) + "\r\n";
        Assert.Equal(body, Converting.Content(Assert.IsType<TextPart>(Converting.RoundTrip(TestMessages.Simple(body: body)).Body)));
    }

    [Fact]
    public void UnicodeSubjectsAndNamesAreEncodedAndDecoded()
    {
        var message = TestMessages.Simple(subject: "Größe 表 ½ — über");
        message.From = TestAddresses.Native("Müller, Jürgen", "FERGUSON");
        var text = Converting.Text(message);
        Assert.True(text.All(c => c < 0x80), "the message bytes are ASCII (RFC 2047)");
        var parsed = Converting.RoundTrip(message);
        Assert.Equal("Größe 表 ½ — über", parsed.Subject);
        Assert.Equal("Müller, Jürgen", parsed.From.Mailboxes.Single().Name);
    }

    [Theory]
    [InlineData(CcPriority.Low, "low", "5")]
    [InlineData(CcPriority.Normal, "normal", "3")]
    [InlineData(CcPriority.Urgent, "high", "1")]
    public void PriorityBecomesImportanceAndXPriority(CcPriority priority, string importance, string xPriority)
    {
        var message = TestMessages.Simple();
        message.Priority = priority;
        var parsed = Converting.RoundTrip(message);
        Assert.Equal(importance, parsed.Headers[HeaderId.Importance]);
        Assert.Equal(xPriority, parsed.Headers[HeaderId.XPriority]);
    }

    [Theory]
    [InlineData(true, "yes")]
    [InlineData(false, "no")]
    public void ReadStateIsKept(bool read, string header)
    {
        var message = TestMessages.Simple();
        message.IsRead = read;
        Assert.Equal(header, Converting.RoundTrip(message).Headers["X-MailMig-Read"]);
    }

    [Fact]
    public void BccIsWrittenExactlyWhenTheSourceCopyHasIt()
    {
        var received = TestMessages.Simple();
        Assert.Null(Converting.RoundTrip(received).Headers[HeaderId.Bcc]);
        var sent = TestMessages.Simple(folder: SystemFolders.MessageLog);
        sent.Bcc = [TestAddresses.Native("Secret, Sam", "FERGUSON")];
        Assert.Equal("Secret, Sam", Converting.RoundTrip(sent).Bcc.Mailboxes.Single().Name);
    }

    [Fact]
    public void ReturnReceiptBecomesDispositionNotificationTo()
    {
        var message = TestMessages.Simple();
        Assert.Null(Converting.RoundTrip(message).Headers[HeaderId.DispositionNotificationTo]);
        message.ReturnReceiptTo = TestAddresses.Smtp("grover@example.com", "Smith, Grover");
        Assert.Equal("\"Smith, Grover\" <grover@example.com>", Converting.RoundTrip(message).Headers[HeaderId.DispositionNotificationTo]);
    }

    [Fact]
    public void TraceHeadersNameMailboxIndexFolderAndSource()
    {
        var message = TestMessages.Simple(folder: @"Projects\Größe 2024");
        var parsed = Converting.RoundTrip(message, Converting.Context(mailbox: "Müller, Jürgen", index: 17));
        Assert.Equal("Müller, Jürgen", parsed.Headers["X-MailMig-Mailbox"]);
        Assert.Equal("17", parsed.Headers["X-MailMig-Source-Index"]);
        Assert.Equal(@"Projects\Größe 2024", parsed.Headers["X-MailMig-Folder"]);
        Assert.Equal("MBOX0001.DAT@100", parsed.Headers["X-MailMig-Source"]);
        Assert.Null(parsed.Headers["X-MailMig-Repairs"]);
    }

    [Fact]
    public void UnknownHeaderLinesAreKeptInOrder()
    {
        var message = TestMessages.Simple();
        message.ExtraHeaders = [new CcHeader("Sensitivity", "Private"), new CcHeader("X-Thing", "Ä b")];
        var parsed = Converting.RoundTrip(message);
        Assert.Equal(["Sensitivity: Private", "X-Thing: Ä b"], parsed.Headers.Where(h => h.Field == "X-CcMail-Header").Select(h => h.Value).ToList());
    }

    [Fact]
    public void AttachmentsCarryNameTypeAndModificationDate()
    {
        var message = TestMessages.Simple();
        var data = new byte[] { 0, 1, 2, 13, 10, (byte)'M', (byte)'e' };
        message.Items.Add(new FileItem { Name = "REPORT.XLS", DateText = "11/14/98 9:12 AM", Date = new DateTime(1998, 11, 14, 9, 12, 0), Data = data });
        message.Items.Add(new FileItem { Name = "Übersicht der Größen für das Jahr 1998 mit sehr langem Namen und Leerzeichen.doc", DateText = "9-11-1998 10:00", Data = [1] });
        message.Items.Add(new FileItem { Name = "NOEXT", Data = [] });
        message.Items.Add(new FileItem { Name = "setup.exe", Data = [7] });
        var parts = Converting.RoundTrip(message).Attachments.OfType<MimePart>().ToList();
        Assert.Equal(["REPORT.XLS", "Übersicht der Größen für das Jahr 1998 mit sehr langem Namen und Leerzeichen.doc", "NOEXT", "setup.exe"], parts.Select(p => p.FileName).ToList());
        Assert.Equal(["application/vnd.ms-excel", "application/msword", "application/octet-stream", "application/octet-stream"], parts.Select(p => p.ContentType.MimeType).ToList());
        Assert.Equal(new DateTimeOffset(1998, 11, 14, 9, 12, 0, TimeSpan.FromHours(-5)), parts[0].ContentDisposition!.ModificationDate);
        Assert.Equal(new DateTimeOffset(1998, 9, 11, 10, 0, 0, TimeSpan.FromHours(-4)), parts[1].ContentDisposition!.ModificationDate);
        Assert.Null(parts[2].ContentDisposition!.ModificationDate);
        using var decoded = new MemoryStream();
        parts[0].Content!.DecodeTo(decoded);
        Assert.Equal(data, decoded.ToArray());
        Assert.Contains("filename*0*=", Converting.Text(message), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"..\..\WINDOWS\win.ini", "win.ini")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("CON", "_CON")]
    [InlineData("NUL.TXT", "_NUL.TXT")]
    [InlineData("com1.doc", "_com1.doc")]
    [InlineData(@"C:\temp\lpt1", "_lpt1")]
    [InlineData("..", "attachment-2.bin")]
    [InlineData("", "attachment-2.bin")]
    public void UnsafeAttachmentNamesAreMadeSafeAndRepaired(string name, string safe)
    {
        var message = TestMessages.Simple();
        message.Items.Add(new FileItem { Name = name, Data = [1] });
        var result = Converting.Convert(message);
        Assert.Equal([RepairIds.AttachmentNameMadeSafe], result.Repairs);
        Assert.Equal(safe, Converting.RoundTrip(message).Attachments.OfType<MimePart>().Single().FileName);
    }

    [Theory]
    [InlineData("Att.txt")]
    [InlineData("CONSOLE.TXT")]
    [InlineData("my file .doc")]
    [InlineData("a..b")]
    public void SafeAttachmentNamesAreKeptExactly(string name)
    {
        Assert.Equal(name, AttachmentNames.MakeSafe(name, 1, out var changed));
        Assert.False(changed);
    }

    [Fact]
    public void FurtherTextItemsAndBinaryItemsFollowInOrder()
    {
        var message = TestMessages.Simple();
        message.Items.Add(new TextItem { Text = "second text" });
        message.Items.Add(new BinaryItem { Kind = BinaryItemKind.Fax, Data = [1, 2] });
        message.Items.Add(new BinaryItem { Kind = BinaryItemKind.Sound, Name = "hello.wav", Data = [3] });
        var parts = Assert.IsType<Multipart>(Converting.RoundTrip(message).Body).ToList();
        Assert.Equal(4, parts.Count);
        var second = Assert.IsType<TextPart>(parts[1]);
        Assert.Equal(("second text", "text-2.txt", true), (second.Text, second.FileName, second.ContentDisposition!.Disposition == ContentDisposition.Inline));
        Assert.Equal("fax-3.bin", ((MimePart)parts[2]).FileName);
        Assert.Equal(("hello.wav", "audio/wav"), (((MimePart)parts[3]).FileName, parts[3].ContentType.MimeType));
    }

    [Fact]
    public void ForwardedMessagesNestThreeDeepWithTheirAttachments()
    {
        var innermost = TestMessages.Simple(subject: "level 3", body: "three");
        innermost.Items.Add(new FileItem { Name = "deep.txt", Data = "deep"u8.ToArray() });
        var middle = TestMessages.Simple(subject: "level 2", body: "two");
        middle.Items.Add(new MessageItem { Message = innermost });
        var outer = TestMessages.Simple(subject: "level 1", body: "one");
        outer.Items.Add(new MessageItem { Message = middle });
        var top = TestMessages.Simple(subject: "top", body: "top");
        top.Items.Add(new MessageItem { Message = outer });

        var parsed = Converting.RoundTrip(top);
        var level1 = Assert.IsType<MessagePart>(Assert.IsType<Multipart>(parsed.Body)[1]).Message!;
        var level2 = Assert.IsType<MessagePart>(Assert.IsType<Multipart>(level1.Body)[1]).Message!;
        var level3 = Assert.IsType<MessagePart>(Assert.IsType<Multipart>(level2.Body)[1]).Message!;
        Assert.Equal(("level 1", "level 2", "level 3"), (level1.Subject, level2.Subject, level3.Subject));
        Assert.Equal("three", level3.TextBody);
        Assert.Equal("deep.txt", level3.Attachments.OfType<MimePart>().Single().FileName);
        Assert.Equal(4, new[] { parsed.MessageId, level1.MessageId, level2.MessageId, level3.MessageId }.Distinct().Count());
    }

    [Fact]
    public void RepairsInForwardedMessagesCountForTheMessage()
    {
        var inner = TestMessages.Simple();
        inner.Date = null;
        inner.DateText = "2/30/99 1:00 PM";
        inner.Items.Add(new FileItem { Name = "CON", Data = [1] });
        var top = TestMessages.Simple();
        top.Items.Add(new MessageItem { Message = inner });
        Assert.Equal([RepairIds.DateInvalidClamped, RepairIds.AttachmentNameMadeSafe], Converting.Convert(top).Repairs);
    }

    [Fact]
    public void TheSameMessageGivesTheSameBytesAndIdsDependOnMailboxAndIndex()
    {
        var message = TestMessages.Simple();
        message.Items.Add(new MessageItem { Message = TestMessages.Simple() });
        message.Items.Add(new FileItem { Name = "a.bin", Data = [1] });
        var once = Converting.Bytes(message);
        var again = Converting.Bytes(message);
        Assert.Equal(once, again);
        var first = Converting.RoundTrip(message, Converting.Context(index: 1));
        var other = Converting.RoundTrip(message, Converting.Context(index: 2));
        var otherMailbox = Converting.RoundTrip(message, Converting.Context(mailbox: "Doe, Jane", index: 1));
        Assert.Equal(3, new[] { first.MessageId, other.MessageId, otherMailbox.MessageId }.Distinct().Count());
        Assert.StartsWith("=_mm_", ((Multipart)first.Body!).Boundary, StringComparison.Ordinal);
        Assert.DoesNotContain(Converting.Text(message).Split('\n'), l => l.StartsWith("Date:", StringComparison.Ordinal) && !l.Contains("1998", StringComparison.Ordinal));
    }

    // An empty body reads back as a lone line break at most; bodies are compared without trailing line breaks (docs/formats/manifest.md).
    [Fact]
    public void AMessageWithNoItemsHasAnEmptyBody() =>
        Assert.Equal("", Converting.Content(Assert.IsType<TextPart>(Converting.RoundTrip(new CcMessage { Date = new DateTime(1999, 1, 1) }).Body)).TrimEnd('\r', '\n'));

    [Fact]
    public void SourceRepairsComeFirst()
    {
        var context = Converting.Context() with { SourceRepairs = [RepairIds.Db8LengthFromIndex] };
        var message = TestMessages.Simple();
        message.Items.Add(new FileItem { Name = "../x", Data = [1] });
        var parsed = Converting.RoundTrip(message, context);
        Assert.Equal("db8-length-from-index, attachment-name-made-safe", parsed.Headers["X-MailMig-Repairs"]);
    }
}
