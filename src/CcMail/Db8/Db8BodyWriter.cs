using System.Buffers.Binary;
using System.Text;

namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>Builds a record body in a reusable buffer: little-endian integers and u32-length-prefixed code page strings.</summary>
internal sealed class Db8BodyWriter(Encoding encoding)
{
    private const int TrimAbove = 4 << 20;
    private byte[] _buffer = new byte[4096];
    private int _count;

    /// <summary>The bytes written since the last <see cref="Reset"/>.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _count);

    /// <summary>How many bytes have been written.</summary>
    public int Count => _count;

    /// <summary>Starts a new body, giving back an unusually large buffer.</summary>
    public void Reset()
    {
        _count = 0;
        if (_buffer.Length > TrimAbove)
        {
            _buffer = new byte[4096];
        }
    }

    public void WriteU8(byte value) => Take(1)[0] = value;

    public void WriteU16(ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(Take(2), value);

    public void WriteU32(uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Take(4), value);

    public void WriteU64(ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(Take(8), value);

    public void WriteI64(long value) => BinaryPrimitives.WriteInt64LittleEndian(Take(8), value);

    /// <summary>Writes a count of list elements.</summary>
    public void WriteCount(int count) => WriteU32(checked((uint)count));

    /// <summary>Writes a string: u32 byte count, then the bytes in the code page; null is the count 0xFFFFFFFF.</summary>
    public void WriteString(string? value)
    {
        if (value is null)
        {
            WriteU32(Db8BodyReader.NullLength);
            return;
        }
        var length = encoding.GetByteCount(value);
        WriteU32((uint)length);
        encoding.GetBytes(value, Take(length));
    }

    /// <summary>Writes raw bytes: u32 byte count, then the bytes.</summary>
    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        WriteU32((uint)value.Length);
        value.CopyTo(Take(value.Length));
    }

    /// <summary>Writes an optional date: u8 0 for none, else 1 + its <see cref="DateTimeKind"/> and its i64 ticks.</summary>
    public void WriteDate(DateTime? value)
    {
        if (value is not { } date)
        {
            WriteU8(0);
            return;
        }
        WriteU8((byte)(1 + (int)date.Kind));
        WriteI64(date.Ticks);
    }

    /// <summary>Reserves a u32 to fill in later with <see cref="PatchU32"/>; returns its position.</summary>
    public int ReserveU32()
    {
        var at = _count;
        WriteU32(0);
        return at;
    }

    /// <summary>Fills in a u32 reserved by <see cref="ReserveU32"/>.</summary>
    public void PatchU32(int at, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(_buffer.AsSpan(at, 4), value);

    private Span<byte> Take(int length)
    {
        if (_buffer.Length - _count < length)
        {
            var size = Math.Max((long)_buffer.Length * 2, (long)_count + length);
            Array.Resize(ref _buffer, (int)Math.Min(size, Array.MaxLength));
            if (_buffer.Length - _count < length)
            {
                throw new InvalidOperationException("A DB8 record body cannot exceed the largest array.");
            }
        }
        var span = _buffer.AsSpan(_count, length);
        _count += length;
        return span;
    }
}
