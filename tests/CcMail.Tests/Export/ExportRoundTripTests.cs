using System.Text;
using CsCheck;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Tests.Support;

namespace MailMig.Fidelity.CcMail.Tests.Export;

/// <summary>Model to export text to model gives an equal model (compared through System.Text.Json).</summary>
public sealed class ExportRoundTripTests
{
    private static readonly AddressParserOptions Addresses = ExportModelFactory.Addresses;

    private static CcMessage Sample(string subject, string body, string fileName)
    {
        var binary = "MZ\0\r\nMessage: 12\r\nFrom: Evil at X\r\nContents: 1\r\n\n\r\xff"u8.ToArray();
        return new CcMessage
        {
            From = AddressParser.Parse("Smith, Grover at FERGUSON", Addresses),
            To = [AddressParser.Parse("jdoe at ATTMAIL", Addresses), AddressParser.Parse("Parkes, Pat [SMTP:pat@example.com] at SMTPLINK", Addresses)],
            Cc = [AddressParser.Parse("\"Doe, Jane\" at \"FER, GUSON\"", Addresses)],
            Bcc = [AddressParser.Parse("attmail!jdoe", Addresses)],
            ReturnReceiptTo = AddressParser.Parse("Smith, Grover at FERGUSON", Addresses),
            DateText = "11/16/98 10:30 AM",
            Date = new DateTime(1998, 11, 16, 10, 30, 0),
            Subject = subject,
            Folder = "Projects\\" + subject,
            Priority = CcPriority.Urgent,
            IsRead = true,
            ExtraHeaders = [new CcHeader("X-Mailer", "cc:Mail 8.0")],
            Items =
            [
                new TextItem { Text = body },
                new FileItem { Name = fileName, DateText = "9-11-1998 10:05 AM", Date = new DateTime(1998, 9, 11, 10, 5, 0), Data = binary },
                new MessageItem { Message = new CcMessage { From = AddressParser.Parse("Doe, Jane at FERGUSON", Addresses), Subject = "Fw", Items = [new TextItem { Text = body }] } },
                new BinaryItem { Kind = BinaryItemKind.Sound, Name = "hello.wav", Data = binary },
                new TextItem { Text = "second\r\n" },
            ],
        };
    }

    private static void AssertRoundTrips(IReadOnlyList<CcMessage> messages, ExportFileHeader header, ExportWriterOptions options, ExportBlockStyle? style = null,
        string? tolerated = null)
    {
        var stream = new MemoryStream();
        using (var writer = new ExportWriter(stream, options, leaveOpen: true))
        {
            writer.WriteHeader(header);
            foreach (var message in messages)
            {
                writer.WriteMessage(message, style);
            }
        }

        var contents = ExportBytes.Read(stream.ToArray());

        Assert.Equal(ExportBytes.ToJson(messages), ExportBytes.ToJson(contents.Records.Select(r => r.Message)));
        Assert.All(contents.Records, r => Assert.All(r.Diagnostics, d => Assert.Equal(tolerated, d.Code)));
        Assert.Empty(contents.Diagnostics);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Cp850MessageWithBinaryAttachmentsRoundTrips(bool lfOnly)
    {
        var message = Sample("Geschäftsbericht für Ærø", "Grüße,\r\nMessage: 5\r\n\r\nÑoño ¿qué?\r\n", "Bericht März.xls");
        var header = new ExportFileHeader { Mailbox = "Smith, Grover", PostOffice = ExportModelFactory.PostOffice, CodePage = 850 };

        AssertRoundTrips([message, message], header, new ExportWriterOptions { CodePage = 850, LfOnly = lfOnly });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Cp932MessageWithTrailBytes5CRoundTrips(bool hex)
    {
        var message = Sample("表示ソフト\\能力", "予定表\r\n会議 [東京]\r\n", "表示 ソフト.txt");
        var header = new ExportFileHeader { PostOffice = ExportModelFactory.PostOffice, CodePage = 932 };

        AssertRoundTrips([message], header, new ExportWriterOptions { CodePage = 932 }, new ExportBlockStyle { HexFiles = hex });
    }

    [Fact]
    public void FileHeaderRoundTripsThroughExportFile()
    {
        var header = new ExportFileHeader { Mailbox = "Smith, Grover", PostOffice = "FERGUSON", CodePage = 437, Exported = "11/20/98 9:14 AM", Extra = [new CcHeader("Server", "CC01")] };
        var path = Path.Combine(Path.GetTempPath(), $"export-roundtrip-{Guid.NewGuid():N}.exp");
        try
        {
            ExportFile.Write(path, header, [Sample("Price ¢", "body\r\n", "A.TXT")]);
            var contents = ExportFile.ReadAll(path);

            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(header), System.Text.Json.JsonSerializer.Serialize(contents.Header));
            Assert.Equal("Price ¢", contents.Records[0].Message!.Subject);
            Assert.Equal(path, contents.Records[0].Location.File);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RandomModelsRoundTripInEveryCodePageLineEndAndDataForm()
    {
        var gen = Gen.Select(Gen.Int, Gen.OneOf(437, 850, 932), Gen.Bool, Gen.Bool);
        gen.Sample((seed, codePage, lfOnly, hex) =>
        {
            var factory = new ExportModelFactory(seed, codePage);
            var messages = factory.Messages(3);
            AssertRoundTrips(messages, factory.Header(), new ExportWriterOptions { CodePage = codePage, LfOnly = lfOnly }, new ExportBlockStyle { HexFiles = hex },
                tolerated: ExportDiagnosticCodes.DuplicateHeader); // the factory adds extra Subject: and Priority: lines
        }, iter: 400);
    }

    [Fact]
    public void LfOnlyTextSizesStillCountCrLf()
    {
        var message = new CcMessage { Subject = "LF", Items = [new TextItem { Text = "a\r\nb\r\n" }] };
        var bytes = ExportBytes.Write(new ExportFileHeader(), [message], new ExportWriterOptions { LfOnly = true });
        var text = Encoding.ASCII.GetString(bytes);

        Assert.Contains("Text item: 6\na\nb\n\n", text);
        Assert.DoesNotContain("\r", text);
    }
}
