using System.Buffers;
using System.Buffers.Binary;
using MailMig.Fidelity.CcMail.Diagnostics;

namespace MailMig.Fidelity.CcMail.Db8;

/*
 * Random access to one post office file by records. Every length read from the bytes is checked
 * against the file's length before anything is allocated, so damage cannot become a large
 * allocation; scanning for the next valid header (resynchronisation) reads in fixed 64 KiB chunks.
 * An I/O error becomes a CcMailFormatException with the file and offset: the store is unreadable.
 */

/// <summary>One post office file read as records: headers at offsets, checked bodies, sequential reading and scanning.</summary>
internal sealed class Db8RecordFile : IDisposable
{
    private const int ChunkSize = 1 << 16;
    private readonly Stream? _stream;
    private byte[]? _chunk;

    private Db8RecordFile(string name, Stream? stream)
    {
        Name = name;
        _stream = stream;
        Length = stream?.Length ?? 0;
    }

    /// <summary>The file's name relative to the post office directory.</summary>
    public string Name { get; }

    /// <summary>Whether the file exists.</summary>
    public bool Exists => _stream is not null;

    /// <summary>The file's length in bytes (0 when it does not exist).</summary>
    public long Length { get; }

    /// <summary>Opens <paramref name="name"/> in <paramref name="storage"/>; a missing file reads as empty.</summary>
    public static Db8RecordFile Open(Db8Storage storage, string name)
    {
        try
        {
            return new Db8RecordFile(name, storage.OpenRead(name));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CcMailFormatException($"cannot open {name}: {e.Message}", Path.Combine(storage.Description, name), 0, e);
        }
    }

    /// <summary>Reads up to <paramref name="buffer"/>'s length at <paramref name="offset"/>; returns how many bytes there were.</summary>
    public int ReadAt(long offset, Span<byte> buffer)
    {
        if (_stream is null || offset < 0 || offset >= Length)
        {
            return 0;
        }

        try
        {
            _stream.Position = offset;
            return _stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }
        catch (IOException e)
        {
            throw new CcMailFormatException($"cannot read {Name}: {e.Message}", Name, offset, e);
        }
    }

    /// <summary>Reads the record header at <paramref name="offset"/>; false when fewer than 24 bytes are left there.</summary>
    public bool TryReadHeader(long offset, out Db8RecordHeader header)
    {
        Span<byte> bytes = stackalloc byte[Db8Layout.RecordHeaderSize];
        if (ReadAt(offset, bytes) < bytes.Length)
        {
            header = default;
            return false;
        }
        header = Db8RecordHeader.Parse(bytes);
        return true;
    }

    /// <summary>The body of the record of <paramref name="recordLength"/> bytes at <paramref name="offset"/>, or null when it does not fit in the file or in an array.</summary>
    public byte[]? ReadBody(long offset, long recordLength)
    {
        var bodyLength = recordLength - Db8Layout.RecordHeaderSize;
        if (offset < 0 || bodyLength < 0 || offset + recordLength > Length || bodyLength > Array.MaxLength)
        {
            return null;
        }

        var body = new byte[bodyLength];
        return ReadAt(offset + Db8Layout.RecordHeaderSize, body) == body.Length ? body : null;
    }

    /// <summary>The offset of the first intact header at or after <paramref name="from"/> whose tag is one of <paramref name="tags"/>, or -1.</summary>
    public long Scan(long from, IReadOnlyList<uint> tags)
    {
        var firstBytes = SearchValues.Create(tags.Select(t => (byte)t).Distinct().ToArray());
        _chunk ??= new byte[ChunkSize];
        var position = Math.Max(0, from);
        while (position + Db8Layout.RecordHeaderSize <= Length)
        {
            var read = ReadAt(position, _chunk);
            var lastStart = read - Db8Layout.RecordHeaderSize;
            if (lastStart < 0)
            {
                return -1;
            }

            var chunk = _chunk.AsSpan(0, read);
            for (var i = 0; i <= lastStart;)
            {
                var hit = chunk.Slice(i, lastStart + 1 - i).IndexOfAny(firstBytes);
                if (hit < 0)
                {
                    break;
                }

                i += hit;
                var tag = BinaryPrimitives.ReadUInt32LittleEndian(chunk[i..]);
                if (tags.Contains(tag) && Db8RecordHeader.Parse(chunk.Slice(i, Db8Layout.RecordHeaderSize)).IsIntact)
                {
                    return position + i;
                }

                i++;
            }
            position += lastStart + 1;
        }
        return -1;
    }

    /// <summary>Every intact record of <paramref name="tags"/> in file order; damage is skipped by scanning, with diagnostics.</summary>
    public IEnumerable<Db8Record> ReadSequence(IReadOnlyList<uint> tags, List<Diagnostic> diagnostics)
    {
        long position = 0;
        while (position < Length)
        {
            if (!TryReadHeader(position, out var header) || !header.IsIntact)
            {
                var next = Scan(position + 1, tags);
                var end = next < 0 ? Length : next;
                diagnostics.Add(new(DiagnosticSeverity.Error, Db8DiagnosticCodes.Resync,
                    $"skipped {end - position} damaged bytes {(next < 0 ? "to the end of the file" : $"to the next record header at {next}")}", Name, position));
                if (next < 0)
                {
                    yield break;
                }

                position = next;
                continue;
            }
            if (position + header.Length > Length)
            {
                diagnostics.Add(new(DiagnosticSeverity.Error, Db8DiagnosticCodes.Truncated,
                    $"the {Db8Tags.Name(header.Tag)} record of {header.Length} bytes is cut by the end of the file after {Length - position} bytes", Name, position));
                yield break;
            }
            var body = ReadBody(position, header.Length);
            if (body is not null && Crc32.Compute(body) == header.BodyCrc)
            {
                if (tags.Contains(header.Tag))
                {
                    yield return new Db8Record(position, header, body);
                }

                position += header.Length;
                continue;
            }
            // A record that lost bytes has a length that overshoots: carry on from the next intact header instead.
            diagnostics.Add(new(DiagnosticSeverity.Error, Db8DiagnosticCodes.BadChecksum,
                $"the body of the {Db8Tags.Name(header.Tag)} record does not match its CRC-32; the record is dropped", Name, position));
            position = Scan(position + 1, tags);
            if (position < 0)
            {
                yield break;
            }
        }
    }

    /// <summary>Whether the record at <paramref name="offset"/> has an intact header and a body that matches its CRC-32.</summary>
    public bool HasIntactBody(long offset)
    {
        if (!TryReadHeader(offset, out var header) || !header.IsIntact)
        {
            return false;
        }

        var body = ReadBody(offset, header.Length);
        return body is not null && Crc32.Compute(body) == header.BodyCrc;
    }

    /// <inheritdoc/>
    public void Dispose() => _stream?.Dispose();
}
