using MailMig.Fidelity.CcMail.Diagnostics;

namespace MailMig.Fidelity.CcMail.Export;

/*
 * The reader never holds the file: it holds a window of it. Parsing peeks ahead as far as one
 * decision needs (a line, an item's data plus the byte after it) and then consumes; the window
 * grows only to that lookahead, so memory is bounded by the largest item (the reader caps item
 * sizes with ExportReaderOptions.MaxItemBytes) or the header limit, never by the file. A Limit
 * makes a nested Message item's end look like the end of input to everything inside it.
 */

/// <summary>A growable lookahead window over a stream, with absolute byte offsets and an optional end limit.</summary>
internal sealed class ByteWindow
{
    private const int Chunk = 64 * 1024;
    private const int ShrinkAbove = 4 * 1024 * 1024;

    private readonly Stream _stream;
    private readonly string? _file;
    private byte[] _buffer = new byte[Chunk];
    private int _start;
    private int _end;
    private long _origin;
    private bool _eof;

    public ByteWindow(Stream stream, string? file)
    {
        _stream = stream;
        _file = file;
    }

    /// <summary>The absolute offset where input ends for the parser (a nested item's end), or long.MaxValue.</summary>
    public long Limit { get; set; } = long.MaxValue;

    /// <summary>The absolute offset of the next unconsumed byte.</summary>
    public long Position => _origin + _start;

    /// <summary>The bytes buffered ahead of <see cref="Position"/>, up to <see cref="Limit"/>.</summary>
    public int Buffered => (int)Math.Min(_end - _start, Math.Max(0, Limit - Position));

    /// <summary>Whether nothing is left before the limit or the end of input.</summary>
    public bool AtEnd => Fill(1) == 0;

    /// <summary>The byte <paramref name="index"/> bytes ahead; the caller has filled that far.</summary>
    public byte this[int index] => _buffer[_start + index];

    /// <summary>Buffers at least <paramref name="count"/> bytes ahead when the input has them; returns how many are buffered.</summary>
    public int Fill(int count)
    {
        var left = Limit - Position;
        if (count > left)
        {
            count = (int)Math.Max(0, left);
        }

        while (_end - _start < count && !_eof)
        {
            ReadMore(count);
        }

        return Buffered;
    }

    /// <summary>The first <paramref name="count"/> buffered bytes.</summary>
    public ReadOnlySpan<byte> Span(int count) => _buffer.AsSpan(_start, count);

    /// <summary>The buffered bytes from <paramref name="from"/> for <paramref name="count"/>.</summary>
    public ReadOnlySpan<byte> Span(int from, int count) => _buffer.AsSpan(_start + from, count);

    /// <summary>Consumes <paramref name="count"/> buffered bytes.</summary>
    public void Advance(int count)
    {
        _start += count;
        if (_start == _end)
        {
            _origin += _start;
            _start = _end = 0;
        }
    }

    /// <summary>The index of the first <paramref name="value"/> at or after <paramref name="from"/> and before <paramref name="before"/>, filling as needed; -1 when none.</summary>
    public int IndexOf(byte value, int from, int before)
    {
        var searched = from;
        while (true)
        {
            var available = Buffered;
            var upTo = Math.Min(available, before);
            if (upTo > searched)
            {
                var found = Span(searched, upTo - searched).IndexOf(value);
                if (found >= 0)
                {
                    return searched + found;
                }

                searched = upTo;
            }

            if (searched >= before || Fill(available + Chunk) == available)
            {
                return -1;
            }
        }
    }

    /// <summary>Consumes bytes up to and including the next LF (or to the end), without buffering more than a chunk.</summary>
    public void SkipLine()
    {
        while (true)
        {
            var available = Fill(1) == 0 ? 0 : Buffered;
            if (available == 0)
            {
                return;
            }

            var found = Span(available).IndexOf((byte)'\n');
            if (found >= 0)
            {
                Advance(found + 1);
                return;
            }

            Advance(available);
        }
    }

    /// <summary>Consumes the rest of the line and its line break, without buffering it all; returns the line's length without the break.</summary>
    public long SkipLineMeasured()
    {
        var start = Position;
        var lastByte = -1;
        while (true)
        {
            var available = Fill(1) == 0 ? 0 : Buffered;
            if (available == 0)
            {
                return Position - start;
            }

            var found = Span(available).IndexOf((byte)'\n');
            if (found >= 0)
            {
                var carriageReturn = found > 0 ? this[found - 1] == (byte)'\r' : lastByte == '\r';
                var length = Position + found - start - (carriageReturn ? 1 : 0);
                Advance(found + 1);
                return length;
            }

            lastByte = this[available - 1];
            Advance(available);
        }
    }

    /// <summary>Consumes <paramref name="count"/> bytes or up to the end, without buffering them all.</summary>
    public void Skip(long count)
    {
        while (count > 0)
        {
            var available = Fill((int)Math.Min(count, Chunk));
            if (available == 0)
            {
                return;
            }

            var step = (int)Math.Min(count, available);
            Advance(step);
            count -= step;
        }
    }

    private void ReadMore(int count)
    {
        var needed = Math.Max(count, Chunk) + Chunk / 2;
        if (_buffer.Length - _start < needed)
        {
            var size = 2 * Chunk;
            while (size < needed)
            {
                size = size <= Array.MaxLength / 2 ? size * 2 : Array.MaxLength;
            }

            // Grow for a large item; give the memory back once the window is small again.
            var reuse = size <= _buffer.Length && (_buffer.Length <= ShrinkAbove || size >= _buffer.Length / 2);
            var target = reuse ? _buffer : new byte[size];
            Buffer.BlockCopy(_buffer, _start, target, 0, _end - _start);
            _buffer = target;
            _origin += _start;
            _end -= _start;
            _start = 0;
        }

        int read;
        try
        {
            read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException or UnauthorizedAccessException)
        {
            throw new CcMailFormatException("the export could not be read: " + e.Message, _file, _origin + _end, e);
        }

        if (read <= 0)
        {
            _eof = true;
        }
        else
        {
            _end += read;
        }
    }
}
