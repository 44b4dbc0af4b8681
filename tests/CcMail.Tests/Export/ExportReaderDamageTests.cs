using System.Text;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Tests.Support;
using static MailMig.Fidelity.CcMail.Export.ExportDiagnosticCodes;

namespace MailMig.Fidelity.CcMail.Tests.Export;

/// <summary>Damage and limits that need no fixture file: small inline blocks whose sizes are counted in the test.</summary>
public sealed class ExportReaderDamageTests
{
    private const string Head = "From: Smith, Grover at FERGUSON\r\nSubject: S\r\n";

    private static byte[] Block(string body) => Encoding.Latin1.GetBytes($"Message: {body.Length}\r\n{body}");

    private static ExportFileContents Read(string text, ExportReaderOptions? options = null) => ExportBytes.Read(Encoding.Latin1.GetBytes(text), options);

    [Fact]
    public void DiagnosticsPerMessageAreCappedWithASuppressedMarker()
    {
        var garbage = string.Concat(Enumerable.Repeat("no colon here\r\n", 500));
        var record = Assert.Single(Read($"Message: 1\r\n{Head}{garbage}Contents: 0\r\n").Records);

        Assert.Equal(101, record.Diagnostics.Count);
        Assert.Equal(DiagnosticsSuppressed, record.Diagnostics[^1].Code);
        Assert.Equal("S", record.Message!.Subject);
    }

    [Fact]
    public void FileDiagnosticsAreCappedToo()
    {
        var body = Head + "Contents: 0\r\n";
        var text = string.Concat(Enumerable.Repeat($"junk\r\nMessage: {body.Length}\r\n{body}", 1500));
        var contents = Read(text);

        Assert.Equal(1500, contents.Records.Count);
        Assert.Equal(1001, contents.Diagnostics.Count);
        Assert.Equal(DiagnosticsSuppressed, contents.Diagnostics[^1].Code);
    }

    [Fact]
    public void ReadingByteByByteFromANonSeekableStreamGivesTheSameModel()
    {
        var bytes = new ExportModelFactory(7, 932).ExportBytes(5);
        using var reader = new ExportReader(new TrickleStream(bytes, chunk: 3), "trickle.exp");
        var trickled = ExportFile.ReadAll(reader);

        Assert.Equal(ExportBytes.ToJson(ExportBytes.Read(bytes).Records.Select(r => r.Message)), ExportBytes.ToJson(trickled.Records.Select(r => r.Message)));
        Assert.Equal(5, trickled.Records.Count);
    }

    [Fact]
    public void AnIoErrorIsTheOneExceptionWithFileAndOffset()
    {
        var bytes = new ExportModelFactory(3).ExportBytes(50);
        using var reader = new ExportReader(new TrickleStream(bytes, chunk: 4096, failAt: 8192), "disk.exp");

        var error = Assert.Throws<CcMailFormatException>(() => reader.ReadRecords().ToList());

        Assert.Equal("disk.exp", error.File);
        Assert.Equal(8192, error.Offset);
        Assert.IsType<IOException>(error.InnerException);
    }

    [Fact]
    public void TextSizeCountingLfAsOneByteIsToleratedInAnLfOnlyFile()
    {
        var body = "From: Smith, Grover at FERGUSON\nSubject: S\nContents: 1\nText item: 6\na\nb\nc\n\n";
        var record = Assert.Single(Read($"Message: {body.Length}\n{body}").Records);

        Assert.Equal([TextSizeLf], ExportBytes.Codes(record));
        Assert.Equal("a\r\nb\r\nc\r\n", Assert.IsType<TextItem>(record.Message!.Items[0]).Text);
    }

    [Fact]
    public void WrongMessageItemSizeFallsBackToTheNestedItems()
    {
        const string nested = "From: Doe, Jane at FERGUSON\r\nSubject: Inner\r\nContents: 1\r\nText item: 2\r\nhi\r\n";
        var body = $"{Head}Contents: 2\r\nMessage item: {nested.Length + 7}\r\n{nested}\r\nText item: 5\r\nouter\r\n";
        var record = Assert.Single(ExportBytes.Read(Block(body)).Records);

        Assert.Equal([MessageItemSize], ExportBytes.Codes(record));
        var items = record.Message!.Items;
        Assert.Equal("Inner", Assert.IsType<MessageItem>(items[0]).Message.Subject);
        Assert.Equal("outer", Assert.IsType<TextItem>(items[1]).Text);
    }

    [Fact]
    public void ItemLargerThanTheLimitIsDamageAndTheNextItemSurvives()
    {
        var body = $"{Head}Contents: 2\r\nFile item: 100 BIG.BIN 1/1/98 9:00 AM\r\n{new string('x', 100)}\r\nText item: 2\r\nok\r\n";
        var record = Assert.Single(ExportBytes.Read(Block(body), new ExportReaderOptions { MaxItemBytes = 10 }).Records);

        Assert.Equal([ItemTooLarge], ExportBytes.Codes(record).Distinct());
        Assert.Equal(10, Assert.IsType<FileItem>(record.Message!.Items[0]).Data.Length);
        Assert.Equal("ok", Assert.IsType<TextItem>(record.Message.Items[1]).Text);
    }

    [Fact]
    public void StrictComplianceReportsToleratedDeviationsAsErrors()
    {
        var body = $"{Head}Contents: 0\r\n";
        var record = Assert.Single(Read($"Message:           \r\n{body}", new ExportReaderOptions { Compliance = ParserCompliance.Strict }).Records);

        var diagnostic = Assert.Single(record.Diagnostics);
        Assert.Equal((SizeSpaces, DiagnosticSeverity.Error), (diagnostic.Code, diagnostic.Severity));
    }

    [Fact]
    public void PostOfficeOfTheFileHeaderIsTheDefaultForAddresses()
    {
        using var reader = new ExportReader(new MemoryStream(Encoding.ASCII.GetBytes("Postoffice:  FERGUSON \r\n")));

        Assert.Equal(" FERGUSON ", reader.Header.PostOffice);
        Assert.Empty(reader.ReadRecords());
        Assert.Empty(reader.Diagnostics);
    }

    [Fact]
    public void UnsupportedCodePageFallsBackTo850WithAWarning()
    {
        var contents = Read("Codepage: 1252\r\n");

        Assert.Equal(850, contents.Header.CodePage);
        Assert.Equal([CodePageUnsupported], contents.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void RecordOffsetsAndLengthsTileTheBlocks()
    {
        var bytes = new ExportModelFactory(11).ExportBytes(4);
        var contents = ExportBytes.Read(bytes);

        for (var i = 1; i < contents.Records.Count; i++)
        {
            Assert.Equal(contents.Records[i - 1].Location.Offset + contents.Records[i - 1].Length, contents.Records[i].Location.Offset);
        }

        Assert.Equal(bytes.Length, contents.Records[^1].Location.Offset + contents.Records[^1].Length);
        Assert.StartsWith("Message:", Encoding.Latin1.GetString(bytes, (int)contents.Records[2].Location.Offset, 8));
    }

    // Regression (found by the property test): a keyword that looked like an item line only because the
    // first bytes of the NEXT line were read with it ("x\nFoo item:") crashed with ArgumentOutOfRangeException.
    [Fact]
    public void ItemKeywordIsNeverJudgedAcrossALineBreak()
    {
        var body = $"{Head}Contents: 1\r\nText item: 2\r\nhi\r\nx\nFoo item: 3\r\nabc\r\n";
        var contents = ExportBytes.Read(Block(body));

        var record = Assert.Single(contents.Records);
        Assert.Equal("hi", Assert.IsType<TextItem>(Assert.Single(record.Message!.Items)).Text);
        Assert.Equal([UnexpectedToken], contents.Diagnostics.Select(d => d.Code));
    }
}
