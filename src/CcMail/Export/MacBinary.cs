using System.Buffers.Binary;
using System.Text;
using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.CcMail.Export;

/*
 * /FILES/MACBIN2 (the Migration Wizard's switch, KB Q186740) wrapped Macintosh files in a
 * 128-byte MacBinary II header: byte 0 zero, byte 1 the name length (1-63), bytes 2-64 the name
 * (Mac Roman), byte 74 and 82 zero, 83-86 the data fork length and 87-90 the resource fork length
 * (big-endian), 124-125 a CRC-16/XMODEM of bytes 0-123. A DOS file can start with anything, so the
 * header is trusted only when the CRC checks and the forks fit in the item.
 */

/// <summary>Recognises and unwraps MacBinary II file data.</summary>
internal static class MacBinary
{
    private const int HeaderLength = 128;

    /// <summary>The data fork and original name of a MacBinary II file, or false when <paramref name="data"/> is not one.</summary>
    public static bool TryUnwrap(byte[] data, out byte[] dataFork, out string name, out long resourceLength)
    {
        dataFork = [];
        name = "";
        resourceLength = 0;
        if (data.Length < HeaderLength)
        {
            return false;
        }

        var header = data.AsSpan(0, HeaderLength);
        var nameLength = header[1];
        if (header[0] != 0 || header[74] != 0 || header[82] != 0 || nameLength is < 1 or > 63
            || Crc16(header[..124]) != BinaryPrimitives.ReadUInt16BigEndian(header[124..]))
        {
            return false;
        }

        long dataLength = BinaryPrimitives.ReadUInt32BigEndian(header[83..]);
        resourceLength = BinaryPrimitives.ReadUInt32BigEndian(header[87..]);
        if (HeaderLength + dataLength > data.Length)
        {
            return false;
        }

        dataFork = data.AsSpan(HeaderLength, (int)dataLength).ToArray();
        name = MacRoman.GetString(header.Slice(2, nameLength));
        return true;
    }

    /// <summary>The CRC-16/XMODEM (polynomial 0x1021, initial 0) MacBinary II uses.</summary>
    public static ushort Crc16(ReadOnlySpan<byte> bytes)
    {
        var crc = 0;
        foreach (var b in bytes)
        {
            crc ^= b << 8;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
        }

        return (ushort)crc;
    }

    // CodePages registers the code pages provider that Mac Roman (10000) comes from.
    private static Encoding MacRoman => CodePages.Supported.Count > 0 ? Encoding.GetEncoding(10000) : Encoding.Latin1;
}
