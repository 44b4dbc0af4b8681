using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MailMig.Fidelity.CcMail.Text;
using MailMig.Fidelity.Generator.Faults;
using MailMig.Fidelity.Generator.Generation;
using MailMig.Fidelity.Generator.Tests.Support;

namespace MailMig.Fidelity.Generator.Tests.Faults;

/// <summary>Every fault the manifest records is where it says: the bytes at its file and offset show it.</summary>
public sealed class FaultLocationTests
{
    public static TheoryData<int> CodePages => new() { 850, 932 };

    [Theory]
    [MemberData(nameof(CodePages))]
    public void EveryInjectedFaultIsFoundInTheBytesWhereTheManifestSaysItIs(int codePage)
    {
        using var folder = new GeneratedFolder(new GeneratorOptions { Profile = "minimal", CodePage = codePage });
        var found = new HashSet<string>();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(folder.Records[0].GetProperty("timeZone").GetString()!);
        foreach (var (record, fault) in folder.Faults)
        {
            var id = fault.GetProperty("id").GetString()!;
            var file = fault.GetProperty("file");
            if (file.ValueKind == JsonValueKind.Null)
            {
                Assert.Equal(EmptySystemFolderFault.Id, id);
                found.Add(id);
                continue;
            }

            var bytes = folder.Bytes(file.GetString()!);
            var offset = fault.GetProperty("offset").GetInt64();
            var why = Check(id, bytes, offset, record, fault, codePage, zone);
            Assert.True(why is null, $"{id} at {file.GetString()}@{offset}: {why}; line: {Encoding.Latin1.GetString(Line(bytes, offset))}");
            found.Add(id);
        }

        var selected = folder.Result.Settings.Faults.Faults.Select(f => f.Id);
        Assert.Empty(selected.Except(found));
    }

    [Fact]
    public void WithOnlyDb8ModelFaultsPointAtTheMessageRecordThatHoldsThem()
    {
        using var folder = new GeneratedFolder(new GeneratorOptions
        {
            Profile = "minimal", Formats = [OutputFormat.Db8], Faults = ["attmail-address", "invalid-date", "db8-corrupt-length"],
        });
        foreach (var (_, fault) in folder.Faults)
        {
            var bytes = folder.Bytes(fault.GetProperty("file").GetString()!);
            var offset = fault.GetProperty("offset").GetInt64();
            var tag = Encoding.ASCII.GetString(bytes, (int)offset - (fault.GetProperty("id").GetString() == Db8CorruptLengthFault.Id ? 4 : 0), 4);
            Assert.Equal("CMSG", tag);
        }
    }

    private static string? Check(string id, byte[] bytes, long offset, JsonElement record, JsonElement fault, int codePage, TimeZoneInfo zone)
    {
        var line = Encoding.Latin1.GetString(Line(bytes, offset));
        var decoded = CcMail.Text.CodePages.Get(codePage).GetString(Line(bytes, offset));
        var detail = fault.TryGetProperty("detail", out var d) ? d.GetString() : null;
        bool Starts(string prefix) => line.StartsWith(prefix, StringComparison.Ordinal);
        return id switch
        {
            AttmailAddressFault.Id => Starts(KeywordOf(detail!.Split('/')[0]) + ": ") && line.Contains("attmail", StringComparison.OrdinalIgnoreCase) ? null : "no ATTMAIL in that header",
            MixedAddressTypesFault.Id or LongAddressFault.Id or QuoteInNameFault.Id or MissingPostOfficeFault.Id when !Starts("To: ") => "not a To line",
            MissingPostOfficeFault.Id => !line.Contains(" at ", StringComparison.OrdinalIgnoreCase) ? null : "has a post office",
            QuoteInNameFault.Id => line.Contains("\"\"", StringComparison.Ordinal) ? null : "no doubled quote",
            LongAddressFault.Id => line.Length - 4 > 126 ? null : "not over 126 characters",
            MixedAddressTypesFault.Id => null,
            QuotedPostOfficeFault.Id => Starts("Cc: ") && line.Contains(" at \"", StringComparison.Ordinal) ? null : "no quoted post office",
            StrayLeadingCommaFault.Id => Starts("From: ,") ? null : "no leading comma",
            DuplicateDirectoryNamesFault.Id => Starts("From: Lee, Chris at ") ? null : "not the duplicated name",
            InvalidDateFault.Id => Regex.IsMatch(line, @"^Date: 2/3[01]/\d\d ") ? null : "not an impossible date",
            TwoDigitYear2000Fault.Id => Regex.IsMatch(line, @"^Date: \d{1,2}/\d{1,2}/[0-4]\d ") ? null : "no two-digit year 00-49",
            DstChangeFault.Id => Starts("Date: ") && NearTransition(record, zone) ? null : "not after a DST change",
            DateFormatsFault.Id => Starts("Date: ") ? null : "not a Date line",
            SizeSpacesFault.Id => Regex.IsMatch(line, @"^Message: *$") && line.Length > 9 ? null : "size is not spaces",
            SizeWrongFault.Id => WrongSize(bytes, offset, line),
            UnexpectedTokenFault.Id => line == "6" && Encoding.ASCII.GetString(bytes, (int)NextLine(bytes, offset), 8) == "Message:" ? null : "no garbage line before a block",
            BinaryTokenLookalikeFault.Id => Starts("File item: ") && Data(bytes, offset, line).Contains("\r\nMessage: ", StringComparison.Ordinal) ? null : "no Message: inside the data",
            ReturnReceiptFault.Id => Starts("RRT: ") ? null : "not an RRT line",
            AttachmentDateMdyyFault.Id => Regex.IsMatch(line, @"^File item: .* [1-9]/[1-9]/\d\d \d{1,2}:\d\d [AP]M$") ? null : "no M/D/YY date",
            AttachmentDateDashesFault.Id => Regex.IsMatch(line, @"^File item: .* \d{1,2}-\d{1,2}-\d{4} ") ? null : "no dashed date",
            UnknownKeywordFault.Id => line == "Sensitivity: Private" ? null : "no Sensitivity line",
            LfOnlyLinesFault.Id => offset == 0 || (Starts("Message:") && bytes[NextLine(bytes, offset) - 2] != '\r') ? null : "line ends CR LF",
            ContentsCountWrongFault.Id => Starts("Contents: ") && int.Parse(line[10..], CultureInfo.InvariantCulture) != ItemCount(record) ? null : "count is right",
            HexAttachmentFault.Id => Starts("File item: ") && IsHex(Data(bytes, offset, line, hex: true)) ? null : "data is not hex",
            AttachmentUnreadableFault.Id => Starts("File item: ") && Data(bytes, offset, line, hex: true)[2..4] == "ZZ" ? null : "hex data is not damaged",
            LongHeader4kFault.Id => HeaderSize(bytes, offset) is > 4096 and < 160 * 1024 ? null : "header not over 4 KB",
            LongHeader160kFault.Id => HeaderSize(bytes, offset) is > 150 * 1024 and < 160 * 1024 ? null : $"header not just under 160 KB ({HeaderSize(bytes, offset)})",
            AttachmentOddTypeFault.Id => Starts("File item: ") && line.Contains(" README ", StringComparison.Ordinal) ? null : "not the extensionless file",
            AttachmentNameUnicodeFault.Id => Starts("File item: ") && line.Contains("Quarterly Report Final Version.doc", StringComparison.Ordinal) ? null : "not the spaced name",
            AttachmentPathTraversalFault.Id => line.Contains(@"..\..\WINDOWS\win.ini", StringComparison.Ordinal) ? null : "no traversal",
            AttachmentReservedNameFault.Id => Starts("File item: ") && line.Contains(" CON ", StringComparison.Ordinal) ? null : "no reserved name",
            BodyExactTextFault.Id => Starts("Text item: ") && Data(bytes, offset, line) is var body && body.Contains('\t') && !body.EndsWith('\n') ? null : "body not exact",
            BccSenderCopyFault.Id => Starts("Bcc: ") ? null : "not a Bcc line",
            ReadStatusFault.Id => line == $"Status: {(detail == "read" ? "Read" : "Unread")}" ? null : "status differs from the manifest",
            ForwardedNestedFault.Id => Starts("Message item: ") && Regex.Matches(Data(bytes, offset, line), "Message item: ").Count >= 2 ? null : "not nested three deep",
            Cp850HighCharsFault.Id => Starts("Subject: ") && decoded.IndexOfAny(['é', 'ü', 'ß', '½', '░']) >= 0 ? null : "no cp850 high characters",
            Dbcs5cSubjectFault.Id => Starts("Subject: ") && Line(bytes, offset).Zip(Line(bytes, offset).Skip(1)).Any(p => p.First >= 0x81 && p.Second is 0x5C) ? null : "no 0x5C trail byte",
            Db8CorruptLengthFault.Id => Encoding.ASCII.GetString(bytes, (int)offset - 4, 4) == "CMSG" && !IsRecordStart(bytes, offset - 4 + BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan((int)offset))) ? null : "length not overwritten",
            Db8DanglingOffsetFault.Id => BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan((int)offset)) > (ulong)bytes.Length ? null : "offset not past the end",
            Db8TruncatedFault.Id => bytes.Length == offset ? null : "store not cut there",
            _ => $"no check for {id}",
        };
    }

    private static string KeywordOf(string slot) => slot switch { "Rrt" => "RRT", _ => slot };

    private static byte[] Line(byte[] bytes, long offset)
    {
        var end = (int)offset;
        while (end < bytes.Length && bytes[end] != '\n')
        {
            end++;
        }

        var length = end - (int)offset - (end > offset && bytes[end - 1] == '\r' ? 1 : 0);
        return bytes.AsSpan((int)offset, Math.Max(0, length)).ToArray();
    }

    private static long NextLine(byte[] bytes, long offset) => Array.IndexOf(bytes, (byte)'\n', (int)offset) + 1;

    private static string Data(byte[] bytes, long offset, string itemLine, bool hex = false)
    {
        var size = int.Parse(itemLine.Split(' ')[2], CultureInfo.InvariantCulture);
        var start = (int)NextLine(bytes, offset);
        return Encoding.Latin1.GetString(bytes, start, Math.Min(hex ? size * 2 : size, bytes.Length - start));
    }

    private static bool IsHex(string text) => text.Length > 0 && text.All(char.IsAsciiHexDigit);

    private static int HeaderSize(byte[] bytes, long offset)
    {
        var start = (int)NextLine(bytes, offset);
        var text = Encoding.Latin1.GetString(bytes, start, Math.Min(bytes.Length - start, 200 * 1024));
        return text.IndexOf("\nContents: ", StringComparison.Ordinal);
    }

    private static string? WrongSize(byte[] bytes, long offset, string line)
    {
        var written = long.Parse(line["Message:".Length..].Trim(), CultureInfo.InvariantCulture);
        var end = NextLine(bytes, offset) + written;
        var exact = end == bytes.Length || (end + 8 <= bytes.Length && Encoding.ASCII.GetString(bytes, (int)end, 8) == "Message:");
        return exact ? "the size is right" : null;
    }

    private static int ItemCount(JsonElement record) =>
        1 + record.GetProperty("attachments").GetArrayLength() + record.GetProperty("forwarded").GetArrayLength();

    private static bool IsRecordStart(byte[] bytes, long at) =>
        at == bytes.Length || (at >= 0 && at + 4 <= bytes.Length && Encoding.ASCII.GetString(bytes, (int)at, 4) == "CMSG");

    // Within two hours after the change, the offset two hours earlier differs.
    private static bool NearTransition(JsonElement record, TimeZoneInfo zone)
    {
        var utc = DateTime.Parse(record.GetProperty("date").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        return zone.GetUtcOffset(utc) != zone.GetUtcOffset(utc.AddHours(-2));
    }
}
