namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>One post office file being written as records, opened with its file header; tracks the offset of the next record.</summary>
internal sealed class Db8RecordSink : IDisposable
{
    private readonly Stream _stream;

    /// <summary>Creates <paramref name="name"/> in <paramref name="storage"/> and writes its file header for records of <paramref name="contentTag"/>.</summary>
    public Db8RecordSink(Db8Storage storage, string name, uint contentTag, Db8BodyWriter scratch)
    {
        Name = name;
        _stream = storage.Create(name);
        scratch.Reset();
        Db8Records.WriteFileHeader(scratch, contentTag);
        Append(Db8Tags.FileHeader, 0, 0, scratch.Written);
    }

    /// <summary>The file's name relative to the post office directory.</summary>
    public string Name { get; }

    /// <summary>The offset the next record will start at (the file's length so far).</summary>
    public long Position { get; private set; }

    /// <summary>Writes one record and returns its offset.</summary>
    public long Append(uint tag, uint key1, uint key2, ReadOnlySpan<byte> body)
    {
        Span<byte> header = stackalloc byte[Db8Layout.RecordHeaderSize];
        Db8RecordHeader.Write(header, tag, key1, key2, body);
        var offset = Position;
        _stream.Write(header);
        _stream.Write(body);
        Position += header.Length + body.Length;
        return offset;
    }

    /// <inheritdoc/>
    public void Dispose() => _stream.Dispose();
}
