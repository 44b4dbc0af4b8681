/*
 * CRC-32 (IEEE 802.3: reflected polynomial 0xEDB88320, initial value and final XOR 0xFFFFFFFF;
 * check value of "123456789" is 0xCBF43926). System.IO.Hashing is not a pinned package and the BCL
 * has no public CRC-32, so the DB8 records use this small table-driven one.
 */
namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>The CRC-32 every DB8 record carries over its header and its body.</summary>
public static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    /// <summary>The CRC-32 of <paramref name="data"/>.</summary>
    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var table = Table;
        uint crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }
        return table;
    }
}
