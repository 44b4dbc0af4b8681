using System.Buffers;
using System.Text;

namespace MailMig.Fidelity.CcMail.Export;

/*
 * Item sizes delimit data; nothing else does. Binary data may contain "Message:" (KB Q233054), so
 * data is taken only when its size checks: the byte after it is a line break or, for hex, the
 * byte after 2 x size hex digits is. A Text size counts a LF without a CR before it as two bytes
 * (files converted to LF line ends), and the decoded text gets its CR back. When a size does not
 * check, these methods consume nothing and the caller resynchronises.
 */

/// <summary>Reads the data of Text and binary items whose size checks.</summary>
internal sealed class ExportItemData
{
    private static readonly SearchValues<byte> HexDigits = SearchValues.Create("0123456789ABCDEFabcdef"u8);

    private readonly ExportCursor _c;
    private readonly Encoding _encoding;

    public ExportItemData(ExportCursor cursor, Encoding encoding)
    {
        _c = cursor;
        _encoding = encoding;
    }

    /// <summary>Reads <paramref name="size"/> bytes of text (as the grammar counts them) and the line break after them; false, consuming nothing, when they do not end at one.</summary>
    public bool TryReadText(long size, out string? text)
    {
        text = null;
        var want = (int)size;
        var available = _c.Window.Fill(want + 2);
        var span = _c.Window.Span(available);
        var (used, lone, complete) = MeasureText(span, size);
        if (!complete)
        {
            return false;
        }

        var lineBreak = used >= 0 ? _c.BreakAt(used, available) : -1;
        if (lineBreak < 0 && lone > 0 && size <= available && (lineBreak = _c.BreakAt(want, available)) >= 0)
        {
            _c.Diagnostics.Warn(ExportDiagnosticCodes.TextSizeLf, "The Text item size counts its LF line ends as one byte, not as CR LF.", _c.Window.Position);
            used = want;
            lone = CountLoneLineFeeds(span[..used]);
        }

        if (lineBreak < 0)
        {
            return false;
        }

        text = DecodeText(span[..used], lone);
        _c.LoneLineFeeds += lone;
        _c.Consume(used, lineBreak);
        return true;
    }

    /// <summary>How many bytes of <paramref name="span"/> make <paramref name="size"/> as the grammar counts (a lone LF counts 2), how many lone LFs they hold, and whether the span was long enough; Used is -1 when the count overshoots.</summary>
    private static (int Used, int Lone, bool Complete) MeasureText(ReadOnlySpan<byte> span, long size)
    {
        int used = 0, lone = 0;
        long counted = 0;
        while (counted < size)
        {
            var window = span[used..Math.Min(span.Length, used + (int)(size - counted))];
            var lf = window.IndexOf((byte)'\n');
            if (lf < 0)
            {
                used += window.Length;
                counted += window.Length;
                if (counted < size)
                {
                    return (used, lone, false);
                }

                break;
            }

            used += lf;
            counted += lf;
            var isLone = used == 0 || span[used - 1] != (byte)'\r';
            lone += isLone ? 1 : 0;
            counted += isLone ? 2 : 1;
            used++;
        }

        return (counted == size ? used : -1, lone, true);
    }

    /// <summary>Decodes text from the code page, giving each of its <paramref name="lone"/> lone LFs a CR.</summary>
    public string DecodeText(ReadOnlySpan<byte> bytes, int lone)
    {
        var text = _encoding.GetString(bytes);
        if (lone == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + lone);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r'))
            {
                builder.Append('\r');
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    /// <summary>How many LFs in <paramref name="bytes"/> have no CR before them.</summary>
    public static int CountLoneLineFeeds(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        for (var from = 0; from < bytes.Length;)
        {
            var lf = bytes[from..].IndexOf((byte)'\n');
            if (lf < 0)
            {
                break;
            }

            lf += from;
            count += lf == 0 || bytes[lf - 1] != (byte)'\r' ? 1 : 0;
            from = lf + 1;
        }

        return count;
    }

    /// <summary>Reads <paramref name="size"/> raw bytes, or 2 x size hex digits (/FILES/HEX), and the line break after them; false, consuming nothing, when neither checks.</summary>
    public bool TryReadBinary(long size, out byte[]? data)
    {
        data = null;
        var n = (int)size;
        var available = _c.Window.Fill(n + 2);
        int lineBreak;
        if (available >= n && (lineBreak = _c.BreakAt(n, available)) >= 0)
        {
            data = _c.Window.Span(n).ToArray();
            _c.Consume(n, lineBreak);
            return true;
        }

        // Not raw: /FILES/HEX writes 2 x size hex digits.
        available = _c.Window.Fill(2 * n + 2);
        if (available < 2 * n || _c.Window.Span(2 * n).IndexOfAnyExcept(HexDigits) >= 0 || (lineBreak = _c.BreakAt(2 * n, available)) < 0)
        {
            return false;
        }

        data = new byte[n];
        var hex = _c.Window.Span(2 * n);
        for (var i = 0; i < n; i++)
        {
            data[i] = (byte)((HexValue(hex[2 * i]) << 4) | HexValue(hex[(2 * i) + 1]));
        }

        _c.Consume(2 * n, lineBreak);
        return true;
    }

    private static int HexValue(byte digit) => digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10;
}
