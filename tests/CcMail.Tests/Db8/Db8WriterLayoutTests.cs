using System.Buffers.Binary;
using System.Text;
using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Tests.Db8;

/// <summary>The bytes of a tiny store, built by hand from the tables of docs/formats/db8.md.</summary>
public sealed class Db8WriterLayoutTests
{
    [Fact]
    public void VersionFileIsExactlyTheDocumentedSixtyFourBytes()
    {
        // Computed outside .NET (Python zlib.crc32) from the tables in docs/formats/db8.md.
        const string expected = "4442384620000000000000000000000074041166D4A1D9D05645525301000000"
            + "5645525320000000000000000000000079179B7DC1F35D010800010000000000";
        using var directory = new TempDirectory();

        WriteTinyStore(directory.Path);

        Assert.Equal(expected, Convert.ToHexString(File.ReadAllBytes(Path.Combine(directory.Path, "CCVER.TB"))));
    }

    [Fact]
    public void EveryFileOfATinyStoreIsExactlyAsDocumented()
    {
        using var directory = new TempDirectory();

        var written = WriteTinyStore(directory.Path);

        byte[] messageBody =
        [
            0x00, 0x01, // flags (unread), priority Normal
            0x01, .. I64(new DateTime(1998, 11, 14, 9, 12, 0).Ticks), // date: kind Unspecified + 1, ticks
            .. Str("11/14/98 9:12 AM"), .. Str("A at PO"), // DateText, From
            .. U32(0), .. U32(0), .. U32(0), .. Null, // To, Cc, Bcc, RRT
            .. Str("Hi"), .. Str("Inbox"), .. U32(0), // Subject, Folder, extra headers
            .. U32(1), 0x01, .. U32(5), .. Str("x"), // one text item of 5 bytes
        ];
        var message = Record("CMSG", 1, 1, messageBody);
        var expected = new Dictionary<string, byte[]>
        {
            ["CCPOMS"] = [.. FileHeader("CMSG"), .. message],
            ["CLANDATA"] = [.. FileHeader("IENT"), .. Record("IENT", 1, 1, [.. U16(0), .. U16(0), .. U32((uint)message.Length), .. U64(32)])],
            ["CCPODD.00"] = [.. FileHeader("DENT"), .. Record("DENT", 0, 1, [.. U16('L'), .. U16(0), .. Str("Smith, Grover"), .. Str("PO"), .. Null])],
            ["CCPOMBOX.000"] =
            [
                .. FileHeader("MBOX"),
                .. Record("POHD", 0, 0, [.. U16(850), .. U16(0), .. Str("PO"), .. Str("UTC")]),
                .. Record("MBOX", 1, 0, [.. Str("A"), .. U32(1), .. Str("Inbox"), .. U32(1), .. U64(32), .. U64(32), .. U64(32 + (ulong)message.Length)]),
            ],
        };
        expected["NFTCHECK"] =
        [
            .. FileHeader("CHCK"),
            .. Record("CHCK", 0, 0,
            [
                .. U32(1), .. U32(1), .. U64(1),
                .. U64((ulong)expected["CCPOMBOX.000"].Length), .. U64((ulong)expected["CCPODD.00"].Length),
                .. U64((ulong)expected["CCPOMS"].Length), .. U64((ulong)expected["CLANDATA"].Length),
            ]),
        ];

        foreach (var (name, bytes) in expected)
        {
            Assert.Equal(Convert.ToHexString(bytes), Convert.ToHexString(File.ReadAllBytes(Path.Combine(directory.Path, name))));
        }

        Assert.Equal(new Db8WrittenRecord("CCPOMS", 32, message.Length, "CLANDATA", 32), written);
    }

    [Fact]
    public void TextIsStoredInThePostOfficeCodePage()
    {
        var postOffice = new PostOffice { Name = "表", CodePage = 932 };

        var files = Db8Writer.WriteToMemory(postOffice);

        // POHD body: code page 932, reserved, then "表" in Shift-JIS (0x95 0x5C) with its u32 length.
        byte[] body = [.. U16(932), .. U16(0), .. U32(2), 0x95, 0x5C, .. Str("UTC")];
        Assert.Equal(Convert.ToHexString(Record("POHD", 0, 0, body)), Convert.ToHexString(files["CCPOMBOX.000"].AsSpan(32, 24 + body.Length)));
    }

    private static Db8WrittenRecord WriteTinyStore(string directory)
    {
        using var writer = new Db8Writer(directory, "PO", 850, "UTC");
        writer.WriteDirectoryEntry(new DirectoryEntry { Name = "Smith, Grover", TypeCode = 'L', Address = "PO" });
        writer.BeginMailbox("A", ["Inbox"]);
        var written = writer.WriteMessage(new CcMessage
        {
            From = new() { Raw = "A at PO" },
            DateText = "11/14/98 9:12 AM",
            Date = new DateTime(1998, 11, 14, 9, 12, 0),
            Subject = "Hi",
            Items = [new TextItem { Text = "x" }],
        });
        writer.EndMailbox();
        writer.Complete();
        return written;
    }

    private static readonly byte[] Null = [0xFF, 0xFF, 0xFF, 0xFF];

    private static byte[] FileHeader(string contentTag) => Record("DB8F", 0, 0, [.. Encoding.ASCII.GetBytes(contentTag), .. U16(1), .. U16(0)]);

    private static byte[] Record(string tag, uint key1, uint key2, byte[] body)
    {
        byte[] header = [.. Encoding.ASCII.GetBytes(tag), .. U32((uint)(24 + body.Length)), .. U32(key1), .. U32(key2), .. U32(Crc32.Compute(body))];
        return [.. header, .. U32(Crc32.Compute(header)), .. body];
    }

    private static byte[] Str(string ascii) => [.. U32((uint)ascii.Length), .. Encoding.ASCII.GetBytes(ascii)];

    private static byte[] U16(ushort value) => [(byte)value, (byte)(value >> 8)];

    private static byte[] U32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return bytes;
    }

    private static byte[] U64(ulong value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, value);
        return bytes;
    }

    private static byte[] I64(long value) => U64((ulong)value);
}
