using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Tests.Support;
using static MailMig.Fidelity.CcMail.Export.ExportDiagnosticCodes;

namespace MailMig.Fidelity.CcMail.Tests.Export;

/// <summary>One hand-written, byte-exact fixture per grammar rule (made by FixtureSources/make_fixtures.py, not by ExportWriter).</summary>
public sealed class ExportReaderFixtureTests
{
    private static ExportFileContents Read(string name, ExportReaderOptions? options = null) =>
        ExportBytes.Read(Fixtures.Bytes("Export", name), options, name);

    private static CcMessage Message(ExportFileContents contents, int index) =>
        contents.Records[index].Message ?? throw new Xunit.Sdk.XunitException($"record {index + 1} has no message");

    private static string Text(CcMessage message, int item = 0) => Assert.IsType<TextItem>(message.Items[item]).Text;

    [Fact]
    public void SizeOfSpacesIsToleratedAndPaddedSizeIsCrossChecked()
    {
        var contents = Read("size-spaces.exp");

        Assert.Equal(2, contents.Records.Count);
        Assert.Equal([SizeSpaces], ExportBytes.Codes(contents.Records[0]));
        Assert.Equal(DiagnosticSeverity.Warning, contents.Records[0].Diagnostics[0].Severity);
        Assert.Equal(0, contents.Records[0].Diagnostics[0].Offset);
        Assert.Equal([SizePadded], ExportBytes.Codes(contents.Records[1]));
        Assert.Equal("Hello", Text(Message(contents, 0)));
        Assert.Equal("World", Text(Message(contents, 1)));
        Assert.Equal("Padded size", Message(contents, 1).Subject);
        Assert.Equal(contents.Records[0].Length, contents.Records[1].Location.Offset);
    }

    [Fact]
    public void WrongContentsCountsFollowTheItemsPresent()
    {
        var contents = Read("contents-count.exp");

        Assert.Equal(2, contents.Records.Count);
        Assert.Equal([ContentsCount], ExportBytes.Codes(contents.Records[0]));
        Assert.Equal(["one", "two"], Message(contents, 0).Items.Cast<TextItem>().Select(i => i.Text));
        Assert.Equal([ContentsCount], ExportBytes.Codes(contents.Records[1]));
        var second = Message(contents, 1);
        Assert.Equal("first", Text(second));
        Assert.Equal("abcd"u8.ToArray(), Assert.IsType<FileItem>(second.Items[1]).Data);
        Assert.Equal(171, contents.Records[0].Length);
    }

    [Fact]
    public void HexDataIsDecodedWhenNoLineBreakFollowsTheSize()
    {
        var contents = Read("hex-data.exp");
        var message = Message(contents, 0);

        Assert.Empty(contents.Records[0].Diagnostics);
        var upper = Assert.IsType<FileItem>(message.Items[0]);
        Assert.Equal("DATA.BIN", upper.Name);
        Assert.Equal(new byte[] { 0x0D, 0x0A, 0x4D, 0x00 }, upper.Data);
        Assert.Equal(new byte[] { 0xFF, 0x00 }, Assert.IsType<FileItem>(message.Items[1]).Data);
    }

    [Fact]
    public void RawDataKeepsLineBreaksAndHighBytes()
    {
        var contents = Read("raw-data.exp");
        var file = Assert.IsType<FileItem>(Message(contents, 0).Items[0]);

        Assert.Empty(contents.Records[0].Diagnostics);
        Assert.Equal("RAW.DAT", file.Name);
        Assert.Equal(new byte[] { 0, 1, 13, 10, 0xFF, 0xFE, (byte)'l', (byte)'i', (byte)'n', (byte)'e', 13, 10, 13, 10, 0x7F }, file.Data);
        Assert.Equal("11/14/98 9:12 AM", file.DateText);
        Assert.Equal(new DateTime(1998, 11, 14, 9, 12, 0), file.Date);
    }

    [Fact]
    public void FileItemNamesKeepSpacesAndDatesSplitByTheGrammarRule()
    {
        var contents = Read("file-item-names.exp");
        var files = Message(contents, 0).Items.Cast<FileItem>().ToList();

        Assert.Equal(["Att report.txt", "BUDGET 98.XLS", "Att.txt 9-11-1998", "NOTES.TXT", "My  File.doc"], files.Select(f => f.Name));
        Assert.Equal(["9-11-1998 10:05 AM", "1/5/99 14:30", null, "2/31/99 9:00 AM", "12/01/98 8:00:30 pm"], files.Select(f => f.DateText));
        Assert.Equal([new DateTime(1998, 9, 11, 10, 5, 0), new DateTime(1999, 1, 5, 14, 30, 0), null, null, new DateTime(1998, 12, 1, 20, 0, 30)], files.Select(f => f.Date));
        Assert.Equal(DateTimeKind.Unspecified, files[0].Date!.Value.Kind);
        Assert.Equal(["abc", "def", "ghi", "jkl", "mn"], files.Select(f => System.Text.Encoding.ASCII.GetString(f.Data)));
        var diagnostic = Assert.Single(contents.Records[0].Diagnostics);
        Assert.Equal(DateInvalid, diagnostic.Code);
    }

    [Fact]
    public void NestedMessageItemIsReadAsAForwardedMessageBetweenItems()
    {
        var contents = Read("nested-message.exp");
        var message = Message(contents, 0);

        Assert.Empty(contents.Records[0].Diagnostics);
        Assert.Equal(3, message.Items.Count);
        Assert.Equal("See below", Text(message));
        var nested = Assert.IsType<MessageItem>(message.Items[1]).Message;
        Assert.Equal("Doe, Jane at FERGUSON", nested.From!.Raw);
        Assert.Equal("Original", nested.Subject);
        Assert.Equal(new DateTime(1998, 11, 15, 16, 5, 0), nested.Date);
        Assert.Equal("Original text", Text(nested));
        Assert.Equal("xyz"u8.ToArray(), Assert.IsType<FileItem>(nested.Items[1]).Data);
        Assert.Equal("AFTER.TXT", Assert.IsType<FileItem>(message.Items[2]).Name);
    }

    [Fact]
    public void NestingDeeperThanTheLimitIsKeptUnparsedAsAFileItemAndTheRestIsRead()
    {
        var contents = Read("nested-message.exp", new ExportReaderOptions { MaxNesting = 0 });
        var message = Message(contents, 0);

        Assert.Equal([NestingTooDeep], ExportBytes.Codes(contents.Records[0]));
        Assert.Equal(DiagnosticSeverity.Warning, contents.Records[0].Diagnostics[0].Severity);
        Assert.Equal(["TextItem", "FileItem", "FileItem"], message.Items.Select(i => i.GetType().Name));
        var kept = Assert.IsType<FileItem>(message.Items[1]);
        Assert.Equal("nested-1.eml", kept.Name);
        Assert.Equal(191, kept.Data.Length);
        Assert.Contains("ORIG.TXT", System.Text.Encoding.Latin1.GetString(kept.Data), StringComparison.Ordinal);
    }

    [Fact]
    public void ContinuationLinesUnfoldByRemovingOnlyTheLineBreak()
    {
        var contents = Read("continuation.exp");
        var message = Message(contents, 0);

        Assert.Empty(contents.Records[0].Diagnostics);
        Assert.Equal("Quarterly numbers\tand more", message.Subject);
        Assert.Equal("Doe, Jane at FERGUSON", Assert.Single(message.To).Raw);
    }

    [Fact]
    public void LfOnlyFileCountsTextSizesAsCrLf()
    {
        var contents = Read("lf-only.exp");
        var message = Message(contents, 0);

        Assert.Empty(contents.Records[0].Diagnostics);
        Assert.Equal("Smith, Grover", contents.Header.Mailbox);
        Assert.Equal("Line one\r\nLine two\r\n", Text(message));
        Assert.Equal("a\nb"u8.ToArray(), Assert.IsType<FileItem>(message.Items[1]).Data);
        Assert.Equal(23, contents.Records[0].Location.Offset);
    }

    [Fact]
    public void Cp932TrailBytes5CAreDecodedBeforeLookingForSeparators()
    {
        var contents = Read("cp932.exp");
        var message = Message(contents, 0);

        Assert.Empty(contents.Records[0].Diagnostics);
        Assert.Equal(932, contents.Header.CodePage);
        Assert.Equal("表示ソフト", message.Subject);
        Assert.Equal(Convert.FromHexString("955C8EA6835C83748367"), message.SubjectRaw);
        Assert.Equal("能登, 太郎 at 東京", message.From!.Raw);
        Assert.Equal("予定表\\会議", message.Folder);
        Assert.Equal(["予定表", "会議"], message.Folder.Split(SystemFolders.Separator));
        Assert.Equal("能力表\r\n", Text(message));
    }

    [Fact]
    public void AddressValuesAreHandedToTheParserAsWritten()
    {
        var contents = Read("addresses.exp");
        var message = Message(contents, 0);

        Assert.Empty(contents.Records[0].Diagnostics);
        Assert.Equal("\"FER, GUSON\"", contents.Header.PostOffice);
        Assert.Equal("\"Smith, Grover\" at \"FER, GUSON\"", message.From!.Raw);
        Assert.Equal(["Parkes, Pat [SMTP:pat@example.com] at SMTPLINK", "jdoe at ATTMAIL"], message.To.Select(a => a.Raw));
        Assert.Equal(",User [SMTP:User@Domain.com] at site", Assert.Single(message.Cc).Raw);
        Assert.Equal("attmail!jdoe", Assert.Single(message.Bcc).Raw);
        Assert.Equal("Smith, Grover at FERGUSON", message.ReturnReceiptTo!.Raw);
    }

    [Fact]
    public void DamageBetweenBlocksIsSkippedWithoutLosingANeighbour()
    {
        var contents = Read("damage-between-blocks.exp");

        Assert.Equal(["First", "Second", "Third"], contents.Records.Select(r => r.Message!.Subject));
        Assert.All(contents.Records, r => Assert.Empty(r.Diagnostics));
        Assert.Equal([1, 2, 3], contents.Records.Select(r => r.Index));
        Assert.Equal([UnexpectedToken, UnexpectedToken], contents.Diagnostics.Select(d => d.Code));
        Assert.Equal(147, contents.Diagnostics[0].Offset);
        Assert.Contains("'6'", contents.Diagnostics[0].Message);
        Assert.Equal(150, contents.Records[1].Location.Offset);
        Assert.Equal(150 + 148, contents.Diagnostics[1].Offset);
        Assert.Equal("damage-between-blocks.exp", contents.Diagnostics[0].File);
    }

    [Fact]
    public void WrongMessageSizeOnlyCrossChecks()
    {
        var contents = Read("wrong-message-size.exp");

        Assert.Equal(["Wrong size", "Right size"], contents.Records.Select(r => r.Message!.Subject));
        Assert.Equal([SizeMismatch], ExportBytes.Codes(contents.Records[0]));
        Assert.Empty(contents.Records[1].Diagnostics);
    }

    [Fact]
    public void UnknownKeywordsAndUnknownPriorityAreKeptAsExtraHeaders()
    {
        var contents = Read("unknown-keyword.exp");
        var message = Message(contents, 0);

        Assert.Equal([PriorityUnknown], ExportBytes.Codes(contents.Records[0]));
        Assert.Equal(CcPriority.Normal, message.Priority);
        Assert.True(message.IsRead);
        Assert.Equal("Projects\\1998", message.Folder);
        Assert.Equal([new CcHeader("Priority", "High"), new CcHeader("X-Mailer", "cc:Mail 8.0"), new CcHeader("Attributes", "hidden")], message.ExtraHeaders);
    }

    [Fact]
    public void BinaryDataContainingAMessageTokenDoesNotSplitTheBlock()
    {
        var contents = Read("binary-message-token.exp");

        Assert.Equal(2, contents.Records.Count);
        Assert.Empty(contents.Diagnostics);
        Assert.All(contents.Records, r => Assert.Empty(r.Diagnostics));
        var file = Assert.IsType<FileItem>(Message(contents, 0).Items[0]);
        Assert.Equal(64, file.Data.Length);
        Assert.Equal("MZ\0\r\nMessage: 12\r\n"u8.ToArray(), file.Data[..18]);
        Assert.Equal("After", Message(contents, 1).Subject);
    }

    [Fact]
    public void MacBinaryIsUnwrappedOnlyWhenItsCrcChecks()
    {
        var contents = Read("macbinary.exp");
        var files = Message(contents, 0).Items.Cast<FileItem>().ToList();

        Assert.Equal("Read Me", files[0].Name);
        Assert.Equal("Hello Mac"u8.ToArray(), files[0].Data);
        Assert.Equal("BADCRC", files[1].Name);
        Assert.Equal(256, files[1].Data.Length);
        Assert.Equal([MacBinaryUnwrapped], ExportBytes.Codes(contents.Records[0]));
        Assert.Contains("README", contents.Records[0].Diagnostics[0].Message);
    }

    [Fact]
    public void HeaderOverTheLimitKeepsWhatWasReadAndMarksDamage()
    {
        var contents = Read("header-over-limit.exp", new ExportReaderOptions { MaxHeaderBytes = 4096 });
        var message = Message(contents, 0);

        Assert.Equal([HeaderTooLarge], ExportBytes.Codes(contents.Records[0]));
        Assert.Equal(DiagnosticSeverity.Error, contents.Records[0].Diagnostics[0].Severity);
        Assert.Equal("Big header", message.Subject);
        Assert.Equal(SystemFolders.Inbox, message.Folder);
        Assert.Equal("kept", Text(message));
        Assert.Equal("Small", Message(contents, 1).Subject);
        Assert.Empty(contents.Records[1].Diagnostics);
    }

    [Fact]
    public void HeaderUnderTheDefaultLimitIsReadWhole()
    {
        var message = Message(Read("header-over-limit.exp"), 0);

        Assert.Equal("Lost", message.Folder);
        Assert.Equal(60, message.ExtraHeaders.Count);
    }

    [Fact]
    public void TruncatedItemsKeepWhatWasReadAndTheNextBlockSurvives()
    {
        var contents = Read("truncated.exp");

        Assert.Equal(3, contents.Records.Count);
        var cut = Message(contents, 0);
        Assert.Equal("only twenty bytes!!!"u8.ToArray(), Assert.IsType<FileItem>(cut.Items[0]).Data);
        Assert.Equal("lost", Text(cut, 1));
        Assert.Contains(ItemSizeMismatch, ExportBytes.Codes(contents.Records[0]));
        Assert.Equal("Intact", Message(contents, 1).Subject);
        Assert.Empty(contents.Records[1].Diagnostics);
        var last = Message(contents, 2);
        Assert.Equal("The input ends here", Text(last));
        Assert.Contains(Truncated, ExportBytes.Codes(contents.Records[2]));
    }

    [Fact]
    public void ABlockWithNoHeaderIsARecordWithNoMessage()
    {
        var contents = Read("broken-block.exp");

        Assert.Equal(2, contents.Records.Count);
        Assert.True(contents.Records[0].IsUnreadable);
        Assert.Contains(BlockEmpty, ExportBytes.Codes(contents.Records[0]));
        Assert.Equal("Next", Message(contents, 1).Subject);
        Assert.Equal(contents.Records[0].Length, contents.Records[1].Location.Offset);
    }

    [Fact]
    public void FaxGraphicsAndSoundItemsAreBinaryItemsAndUnknownItemsAreDropped()
    {
        var contents = Read("item-types.exp");
        var message = Message(contents, 0);

        Assert.Equal([ItemUnknown], ExportBytes.Codes(contents.Records[0]));
        Assert.Equal(["Body", "Second"], message.Items.OfType<TextItem>().Select(t => t.Text));
        var binaries = message.Items.OfType<BinaryItem>().ToList();
        Assert.Equal([BinaryItemKind.Fax, BinaryItemKind.Graphics, BinaryItemKind.Sound], binaries.Select(b => b.Kind));
        Assert.Equal(["FAX.TIF", null, "hello.wav"], binaries.Select(b => b.Name));
        Assert.Equal(["FAX", "GR", "RIFF"], binaries.Select(b => System.Text.Encoding.ASCII.GetString(b.Data)));
    }

    [Fact]
    public void FileHeaderIsDecodedInTheCodePageItNames()
    {
        var contents = Read("file-header.exp");

        Assert.Equal("Smith, Grover", contents.Header.Mailbox);
        Assert.Equal("FERGUSON", contents.Header.PostOffice);
        Assert.Equal(437, contents.Header.CodePage);
        Assert.Equal("11/20/98 9:14 AM", contents.Header.Exported);
        Assert.Equal([new CcHeader("Server", "CCMAIL01")], contents.Header.Extra);
        Assert.Equal("Price ¢", Message(contents, 0).Subject);
        Assert.Empty(contents.Diagnostics);
    }

    [Fact]
    public void CodePageOptionOverridesTheFile()
    {
        var contents = Read("file-header.exp", new ExportReaderOptions { CodePage = 850 });

        Assert.Equal(850, contents.Header.CodePage);
        Assert.Equal("Price ø", Message(contents, 0).Subject);
    }

    [Fact]
    public void ImpossibleDateKeepsItsTextAndY2kDateIsTwoThousand()
    {
        var contents = Read("dates.exp");

        Assert.Null(Message(contents, 0).Date);
        Assert.Equal("2/31/99 9:00 AM", Message(contents, 0).DateText);
        Assert.Equal([DateInvalid], ExportBytes.Codes(contents.Records[0]));
        Assert.Equal(new DateTime(2000, 1, 1, 0, 0, 0), Message(contents, 1).Date);
    }
}
