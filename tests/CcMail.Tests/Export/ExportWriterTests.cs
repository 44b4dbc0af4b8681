using System.Text;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Tests.Support;
using static MailMig.Fidelity.CcMail.Export.ExportDiagnosticCodes;

namespace MailMig.Fidelity.CcMail.Tests.Export;

public sealed class ExportWriterTests
{
    private static CcMessage Simple() => new()
    {
        From = AddressParser.Parse("Smith, Grover at FERGUSON"),
        To = [AddressParser.Parse("jdoe at ATTMAIL")],
        DateText = "11/16/98 10:30 AM",
        Date = new DateTime(1998, 11, 16, 10, 30, 0),
        Subject = "Quarterly numbers",
        Items = [new TextItem { Text = "Hello\r\n" }, new FileItem { Name = "REPORT.XLS", DateText = "11/14/98 9:12 AM", Date = new DateTime(1998, 11, 14, 9, 12, 0), Data = [1, 2, 3] }],
    };

    private static (byte[] Bytes, WrittenBlock Block) WriteOne(CcMessage message, ExportBlockStyle? style = null, ExportWriterOptions? options = null)
    {
        var stream = new MemoryStream();
        using var writer = new ExportWriter(stream, options, leaveOpen: true);
        var block = writer.WriteMessage(message, style);
        return (stream.ToArray(), block);
    }

    [Fact]
    public void BlockIsWrittenByteForByteAsTheGrammarShowsIt()
    {
        var (bytes, block) = WriteOne(Simple());
        const string body = "From: Smith, Grover at FERGUSON\r\nDate: 11/16/98 10:30 AM\r\nTo: jdoe at ATTMAIL\r\nSubject: Quarterly numbers\r\n"
            + "Folder: Inbox\r\nPriority: Normal\r\nStatus: Unread\r\nContents: 2\r\nText item: 7\r\nHello\r\n\r\nFile item: 3 REPORT.XLS 11/14/98 9:12 AM\r\n\x01\x02\x03\r\n";

        Assert.Equal($"Message: {body.Length}\r\n{body}", Encoding.Latin1.GetString(bytes));
        Assert.Equal(bytes.Length, block.Length);
        Assert.Equal(0, block.Offset);
    }

    [Fact]
    public void DisposingTwiceFlushesAndClosesTheStreamOnce()
    {
        // A buffered stream, like the FileStream writers are given, refuses Flush once closed.
        var inner = new MemoryStream();
        var stream = new BufferedStream(inner);
        var writer = new ExportWriter(stream);
        writer.WriteMessage(Simple());

        writer.Dispose();
        writer.Dispose();

        Assert.False(stream.CanWrite);
        Assert.False(inner.CanWrite);
    }

    [Fact]
    public void DisposingAgainAfterTheOwnerClosedALeftOpenStreamDoesNotThrow()
    {
        var stream = new BufferedStream(new MemoryStream());
        var writer = new ExportWriter(stream, leaveOpen: true);
        writer.WriteMessage(Simple());
        writer.Dispose();
        stream.Dispose();

        writer.Dispose();

        Assert.False(stream.CanWrite);
    }

    [Fact]
    public void LineOffsetsPointAtEachKeyword()
    {
        var message = Simple();
        message.Items.Add(new MessageItem { Message = Simple() });
        var stream = new MemoryStream();
        using var writer = new ExportWriter(stream, leaveOpen: true);
        writer.WriteHeader(new ExportFileHeader { PostOffice = "FERGUSON" });
        var block = writer.WriteMessage(message);
        var text = Encoding.Latin1.GetString(stream.ToArray());

        Assert.Equal(text.IndexOf("Message:", StringComparison.Ordinal), block.Offset);
        Assert.Equal(text.Length, writer.Position);
        Assert.Equal(["Message", "From", "Date", "To", "Subject", "Folder", "Priority", "Status", "Contents", "Text item", "File item", "Message item",
            "Message item/From", "Message item/Date", "Message item/To", "Message item/Subject", "Message item/Folder", "Message item/Priority",
            "Message item/Status", "Message item/Contents", "Message item/Text item", "Message item/File item"], block.Lines.Select(l => l.Key));
        Assert.All(block.Lines, l => Assert.StartsWith(l.Key[(l.Key.LastIndexOf('/') + 1)..] + ":", text[(int)l.Value..]));
    }

    [Theory]
    [InlineData(SizeFieldStyle.Padded, SizePadded)]
    [InlineData(SizeFieldStyle.Spaces, SizeSpaces)]
    [InlineData(SizeFieldStyle.Wrong, SizeMismatch)]
    public void SizeFieldDeviationsAreReadWithTheirDiagnostic(SizeFieldStyle field, string code)
    {
        var (bytes, _) = WriteOne(Simple(), new ExportBlockStyle { SizeField = field, WrongSize = 5 });
        var record = Assert.Single(ExportBytes.Read(bytes).Records);

        Assert.Equal([code], ExportBytes.Codes(record));
        Assert.Equal(ExportBytes.ToJson([Simple()]), ExportBytes.ToJson([record.Message]));
    }

    [Fact]
    public void HexFilesWriteTwoDigitsPerByteAndReadBackEqual()
    {
        var (bytes, _) = WriteOne(Simple(), new ExportBlockStyle { HexFiles = true });
        var record = Assert.Single(ExportBytes.Read(bytes).Records);

        Assert.Contains("File item: 3 REPORT.XLS 11/14/98 9:12 AM\r\n010203\r\n", Encoding.Latin1.GetString(bytes));
        Assert.Empty(record.Diagnostics);
        Assert.Equal(ExportBytes.ToJson([Simple()]), ExportBytes.ToJson([record.Message]));
    }

    [Fact]
    public void ContentsCountOverrideIsReadWithTheItemsPresent()
    {
        var (bytes, _) = WriteOne(Simple(), new ExportBlockStyle { ContentsCountOverride = 7 });
        var record = Assert.Single(ExportBytes.Read(bytes).Records);

        Assert.Contains("Contents: 7\r\n", Encoding.Latin1.GetString(bytes));
        Assert.Equal([ContentsCount], ExportBytes.Codes(record));
        Assert.Equal(2, record.Message!.Items.Count);
    }

    [Fact]
    public void RawDamageBetweenBlocksIsSkippedByTheReader()
    {
        var stream = new MemoryStream();
        using (var writer = new ExportWriter(stream, leaveOpen: true))
        {
            writer.WriteMessage(Simple());
            writer.WriteRaw("6\r\n"u8);
            writer.WriteMessage(Simple());
        }

        var contents = ExportBytes.Read(stream.ToArray());

        Assert.Equal(2, contents.Records.Count(r => r.Message is not null));
        Assert.Equal([UnexpectedToken], contents.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void AddressWithoutRawTextIsRefused()
    {
        var message = Simple();
        message.To.Add(new CcAddress { Address = "jdoe" });

        Assert.Throws<ArgumentException>(() => WriteOne(message));
    }

    [Fact]
    public void HeaderValueWithALineBreakIsRefused()
    {
        var message = Simple();
        message.Subject = "two\r\nlines";

        Assert.Throws<ArgumentException>(() => WriteOne(message));
    }

    [Fact]
    public void FileNameThatWouldSplitDifferentlyIsRefused()
    {
        var message = Simple();
        message.Items.Add(new FileItem { Name = "notes 1/2/98 9:00 AM", Data = [1] });

        Assert.Throws<ArgumentException>(() => WriteOne(message));
    }

    [Fact]
    public void ExtraHeaderThatWouldReadBackAsAFieldIsRefused()
    {
        var message = Simple();
        message.ExtraHeaders.Add(new CcHeader("To", "someone at FERGUSON"));

        Assert.Throws<ArgumentException>(() => WriteOne(message));
    }

    [Theory]
    [InlineData("Mailing list")]
    [InlineData("address book")]
    [InlineData("Bulletin Board")]
    public void ExtraHeaderNamedLikeAPersonalDataBlockIsRefusedBecauseItWouldEndTheMessage(string keyword)
    {
        var message = Simple();
        message.ExtraHeaders.Add(new CcHeader(keyword, "12"));

        Assert.Throws<ArgumentException>(() => WriteOne(message));
    }

    [Fact]
    public void Cp932TextIsWrittenInItsCodePage()
    {
        var message = new CcMessage { Subject = "表示", Items = [new TextItem { Text = "ソ" }] };
        var (bytes, _) = WriteOne(message, options: new ExportWriterOptions { CodePage = 932 });

        Assert.Contains("Subject: \x95\x5C\x8E\xA6\r\n", Encoding.Latin1.GetString(bytes));
        Assert.Contains("Text item: 2\r\n\x83\x5C\r\n", Encoding.Latin1.GetString(bytes));
    }
}
