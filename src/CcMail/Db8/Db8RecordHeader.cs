using System.Buffers.Binary;

namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>The 24-byte header every DB8 record starts with: tag, total length, two keys, body CRC and header CRC.</summary>
internal readonly record struct Db8RecordHeader(uint Tag, uint Length, uint Key1, uint Key2, uint BodyCrc, uint HeaderCrc, bool IsIntact)
{
    /// <summary>Reads a header from the first 24 bytes of <paramref name="bytes"/>; <see cref="IsIntact"/> says whether its CRC and length hold.</summary>
    public static Db8RecordHeader Parse(ReadOnlySpan<byte> bytes)
    {
        var tag = BinaryPrimitives.ReadUInt32LittleEndian(bytes);
        var length = BinaryPrimitives.ReadUInt32LittleEndian(bytes[Db8Layout.LengthFieldOffset..]);
        var key1 = BinaryPrimitives.ReadUInt32LittleEndian(bytes[Db8Layout.Key1FieldOffset..]);
        var key2 = BinaryPrimitives.ReadUInt32LittleEndian(bytes[Db8Layout.Key2FieldOffset..]);
        var bodyCrc = BinaryPrimitives.ReadUInt32LittleEndian(bytes[Db8Layout.BodyCrcFieldOffset..]);
        var headerCrc = BinaryPrimitives.ReadUInt32LittleEndian(bytes[Db8Layout.HeaderCrcFieldOffset..]);
        var intact = headerCrc == Crc32.Compute(bytes[..Db8Layout.HeaderCrcFieldOffset]) && length >= Db8Layout.RecordHeaderSize;
        return new Db8RecordHeader(tag, length, key1, key2, bodyCrc, headerCrc, intact);
    }

    /// <summary>Writes the header for a record of <paramref name="tag"/> around <paramref name="body"/> into <paramref name="destination"/>.</summary>
    public static void Write(Span<byte> destination, uint tag, uint key1, uint key2, ReadOnlySpan<byte> body)
    {
        var length = (long)Db8Layout.RecordHeaderSize + body.Length;
        if (length > uint.MaxValue)
        {
            throw new InvalidOperationException($"A DB8 record cannot exceed {uint.MaxValue} bytes; this one would be {length}.");
        }

        BinaryPrimitives.WriteUInt32LittleEndian(destination, tag);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[Db8Layout.LengthFieldOffset..], (uint)length);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[Db8Layout.Key1FieldOffset..], key1);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[Db8Layout.Key2FieldOffset..], key2);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[Db8Layout.BodyCrcFieldOffset..], Crc32.Compute(body));
        BinaryPrimitives.WriteUInt32LittleEndian(destination[Db8Layout.HeaderCrcFieldOffset..], Crc32.Compute(destination[..Db8Layout.HeaderCrcFieldOffset]));
    }
}
