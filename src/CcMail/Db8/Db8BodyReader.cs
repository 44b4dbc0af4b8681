using System.Buffers.Binary;
using System.Text;

namespace MailMig.Fidelity.CcMail.Db8;

/*
 * Decoding never throws: every read checks the bytes left first, and a read that does not fit
 * sets Failed and returns a default value. Counts and lengths are checked against the bytes left
 * before anything is allocated, so a damaged count cannot turn into a large allocation.
 */

/// <summary>Reads a record body written by <see cref="Db8BodyWriter"/>; a read past the end sets <see cref="Failed"/> instead of throwing.</summary>
internal ref struct Db8BodyReader
{
    /// <summary>The string length that stands for null.</summary>
    public const uint NullLength = uint.MaxValue;

    private readonly ReadOnlySpan<byte> _bytes;
    private int _position;

    public Db8BodyReader(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        _bytes = bytes;
        Encoding = encoding;
    }

    /// <summary>The code page strings are decoded with.</summary>
    public Encoding Encoding { get; }

    /// <summary>Whether a read ran past the end or met an impossible value.</summary>
    public bool Failed { get; private set; }

    /// <summary>How many bytes are left.</summary>
    public readonly int Remaining => _bytes.Length - _position;

    /// <summary>Marks the body as undecodable.</summary>
    public void Fail() => Failed = true;

    public byte ReadU8() => TryTake(1, out var s) ? s[0] : (byte)0;

    public ushort ReadU16() => TryTake(2, out var s) ? BinaryPrimitives.ReadUInt16LittleEndian(s) : (ushort)0;

    public uint ReadU32() => TryTake(4, out var s) ? BinaryPrimitives.ReadUInt32LittleEndian(s) : 0;

    public ulong ReadU64() => TryTake(8, out var s) ? BinaryPrimitives.ReadUInt64LittleEndian(s) : 0;

    public long ReadI64() => TryTake(8, out var s) ? BinaryPrimitives.ReadInt64LittleEndian(s) : 0;

    /// <summary>Reads a list count, failing when even elements of <paramref name="minElementSize"/> bytes could not fit.</summary>
    public int ReadCount(int minElementSize)
    {
        var count = ReadU32();
        if (count > (uint)(Remaining / minElementSize))
        {
            Failed = true;
            return 0;
        }
        return (int)count;
    }

    /// <summary>Reads a string that may be null.</summary>
    public string? ReadNullableString()
    {
        var length = ReadU32();
        if (Failed || length == NullLength)
        {
            return null;
        }

        return TryTake(length, out var s) ? Encoding.GetString(s) : null;
    }

    /// <summary>Reads a string that must not be null (null fails).</summary>
    public string ReadString()
    {
        var length = ReadU32();
        if (length == NullLength)
        {
            Failed = true;
        }

        return !Failed && TryTake(length, out var s) ? Encoding.GetString(s) : "";
    }

    /// <summary>Reads a u32-length-prefixed byte array.</summary>
    public byte[] ReadBytes() => TryTake(ReadU32(), out var s) ? s.ToArray() : [];

    /// <summary>Reads a nested body of <paramref name="length"/> bytes as its own reader.</summary>
    public Db8BodyReader ReadSlice(uint length) =>
        TryTake(length, out var s) ? new Db8BodyReader(s, Encoding) : new Db8BodyReader([], Encoding) { Failed = true };

    /// <summary>Reads an optional date written by <see cref="Db8BodyWriter.WriteDate"/>; an impossible kind or tick count fails.</summary>
    public DateTime? ReadDate()
    {
        var marker = ReadU8();
        if (marker == 0 || Failed)
        {
            return null;
        }

        var ticks = ReadI64();
        if (marker > 3 || ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            Failed = true;
            return null;
        }
        return new DateTime(ticks, (DateTimeKind)(marker - 1));
    }

    private bool TryTake(uint length, out ReadOnlySpan<byte> span)
    {
        if (Failed || length > (uint)Remaining)
        {
            Failed = true;
            span = default;
            return false;
        }
        span = _bytes.Slice(_position, (int)length);
        _position += (int)length;
        return true;
    }
}
