using System.Buffers;
using System.Text;

namespace MailMig.Fidelity.CcMail.Export;

/// <summary>Builds the bytes of export lines and data in memory, remembering where each line starts.</summary>
internal sealed class ExportBlockBuilder
{
    private readonly ArrayBufferWriter<byte> _bytes = new();
    private readonly List<KeyValuePair<string, long>> _lines = [];
    private readonly Encoding _encoding;
    private readonly byte[] _lineBreak;

    public ExportBlockBuilder(Encoding encoding, bool lfOnly)
    {
        _encoding = encoding;
        _lineBreak = lfOnly ? "\n"u8.ToArray() : "\r\n"u8.ToArray();
    }

    /// <summary>The bytes built so far.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes.WrittenSpan;

    /// <summary>The number of bytes built so far.</summary>
    public long Length => _bytes.WrittenCount;

    /// <summary>Where each line starts, relative to the first byte built, keyed by keyword.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> Lines => _lines;

    /// <summary>Appends <c>keyword: value</c> and a line break, recorded under <paramref name="key"/>.</summary>
    public void Line(string key, string keyword, string value)
    {
        if (value.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException($"The {keyword}: value contains a line break, which an export line cannot hold.", nameof(value));
        }

        _lines.Add(new(key, Length));
        _encoding.GetBytes($"{keyword}: {value}", _bytes);
        LineBreak();
    }

    /// <summary>Appends bytes as they are.</summary>
    public void Data(ReadOnlySpan<byte> data) => _bytes.Write(data);

    /// <summary>Appends a line break.</summary>
    public void LineBreak() => _bytes.Write(_lineBreak);

    /// <summary>Appends another builder's bytes and lines, the line keys prefixed with <paramref name="keyPrefix"/>.</summary>
    public void Append(ExportBlockBuilder other, string keyPrefix)
    {
        var offset = Length;
        foreach (var (key, at) in other._lines)
        {
            _lines.Add(new(keyPrefix + key, offset + at));
        }

        _bytes.Write(other.Bytes);
    }
}
