/*
 * Splits an export file into the parts shrinking removes, keeping every byte: where blocks start
 * comes from ExportReader (the migrator's own reader, which resynchronises after damage), and
 * inside a block the lines and items are cut by their sizes. An item whose size fits none of the
 * ways data is written (raw, LF-converted text, hex) ends before the next item line, and its size
 * keeps the difference as its delta; so a re-written file is the original byte for byte.
 */
using System.Text;
using System.Text.RegularExpressions;
using MailMig.Fidelity.CcMail.Export;

namespace MailMig.Fidelity.Cli.Shrinking;

/// <summary>Reads an export file into a <see cref="RawExport"/>.</summary>
public static partial class RawExportParser
{
    /// <summary>Parses <paramref name="bytes"/>, the contents of an export file.</summary>
    public static RawExport Parse(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        int codePage;
        List<long> starts;
        using (var reader = new ExportReader(new MemoryStream(bytes, writable: false)))
        {
            codePage = reader.Header.CodePage;
            starts = reader.ReadRecords().Select(r => r.Location.Offset).ToList();
        }

        var first = starts.Count > 0 ? (int)starts[0] : bytes.Length;
        var blocks = new List<RawBlock>();
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? (int)starts[i + 1] : bytes.Length;
            blocks.Add(ParseBlock(bytes, (int)starts[i], end));
        }

        return new RawExport(codePage, Lines(bytes, 0, first), blocks);
    }

    /// <summary>The lines of <paramref name="bytes"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static List<RawLine> Lines(byte[] bytes, int start, int end)
    {
        var lines = new List<RawLine>();
        while (start < end)
        {
            var (line, next) = ReadLine(bytes, start, end);
            lines.Add(line);
            start = next;
        }

        return lines;
    }

    /// <summary>Parses the data of a Message item (a forwarded message: header lines, Contents: and items, no Message: line).</summary>
    public static RawBlock ParseNested(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return ParseBody(data, 0, data.Length, new RawLine([], []));
    }

    private static RawBlock ParseBlock(byte[] bytes, int start, int end)
    {
        var (messageLine, position) = ReadLine(bytes, start, end);
        return WithMessageSize(ParseBody(bytes, position, end, messageLine), messageLine);
    }

    private static RawBlock ParseBody(byte[] bytes, int position, int end, RawLine messageLine)
    {
        var headers = new List<RawLine>();
        RawLine? contents = null;
        while (position < end)
        {
            var (line, next) = ReadLine(bytes, position, end);
            position = next;
            if (line.Keyword.Trim().Equals("Contents", StringComparison.OrdinalIgnoreCase))
            {
                contents = line;
                break;
            }

            headers.Add(line);
        }

        var items = new List<RawItem>();
        while (contents is not null && position < end && IsItemLine(bytes, position, end))
        {
            var (item, next) = ParseItem(bytes, position, end);
            items.Add(item);
            position = next;
        }

        return new RawBlock(SizeField.Parse(messageLine.Text, messageLine.ValueStart, 0), messageLine.End, false, headers,
            contents is null ? null : SizeField.Parse(contents.Text, contents.ValueStart, items.Count), contents?.End ?? [], items, bytes[position..end]);
    }

    private static RawBlock WithMessageSize(RawBlock block, RawLine messageLine)
    {
        var body = block.Body();
        var size = SizeField.Parse(messageLine.Text, messageLine.ValueStart, body.Length);
        var bare = RawBlock.BareLineFeeds(body);
        if (size.Delta != 0 && bare > 0 && size.Delta == bare)
        {
            // A file converted to LF line ends whose sizes still count CR LF.
            return block with { Size = size with { Delta = 0 }, CountsBareLf = true };
        }

        return block with { Size = size };
    }

    private static (RawItem Item, int Next) ParseItem(byte[] bytes, int start, int end)
    {
        var (line, dataStart) = ReadLine(bytes, start, end);
        var declared = SizeField.Parse(line.Text, line.ValueStart, 0);
        foreach (var kind in new[] { ItemDataKind.Raw, ItemDataKind.LfText, ItemDataKind.Hex })
        {
            if (declared.Value is { } size && DataLength(bytes, dataStart, end, size, kind) is { } length
                && BreakAt(bytes, dataStart + length, end) is { } breakLength
                && EndsItem(bytes, dataStart + length + breakLength, end))
            {
                var data = bytes[dataStart..(dataStart + length)];
                var exact = declared with { Delta = size - RawItem.TrueSize(data, kind) };
                return (new RawItem(exact, line.End, data, kind, bytes[(dataStart + length)..(dataStart + length + breakLength)]), dataStart + length + breakLength);
            }
        }

        // The size fits nothing: the data runs to the line break before the next item line (or the block's end).
        var next = dataStart;
        while (next < end && !(next > dataStart && bytes[next - 1] == (byte)'\n' && IsItemLine(bytes, next, end)))
        {
            next++;
        }

        var breakStart = next > dataStart && bytes[next - 1] == (byte)'\n' ? next - (next - 1 > dataStart && bytes[next - 2] == (byte)'\r' ? 2 : 1) : next;
        var raw = bytes[dataStart..breakStart];
        var field = declared.IsBlank ? declared : declared with { Delta = declared.Value!.Value - raw.Length };
        return (new RawItem(field, line.End, raw, ItemDataKind.Raw, bytes[breakStart..next]), next);
    }

    private static int? DataLength(byte[] bytes, int start, int end, long size, ItemDataKind kind)
    {
        switch (kind)
        {
            case ItemDataKind.Raw:
                return start + size <= end ? (int)size : null;
            case ItemDataKind.Hex:
                return start + (2 * size) <= end && bytes.AsSpan(start, (int)(2 * size)).IndexOfAnyExcept("0123456789ABCDEFabcdef"u8) < 0 ? (int)(2 * size) : null;
            default:
                var counted = 0L;
                var i = start;
                while (i < end && counted < size)
                {
                    counted += bytes[i++] == (byte)'\n' ? 2 : 1;
                }

                return counted == size && i - start != size ? i - start : null;
        }
    }

    private static int? BreakAt(byte[] bytes, int at, int end) =>
        at < end && bytes[at] == (byte)'\n' ? 1
        : at + 1 < end && bytes[at] == (byte)'\r' && bytes[at + 1] == (byte)'\n' ? 2
        : null;

    private static bool EndsItem(byte[] bytes, int at, int end) =>
        bytes.AsSpan(at, end - at).IndexOfAnyExcept((byte)'\r', (byte)'\n') < 0 || IsItemLine(bytes, at, end);

    private static bool IsItemLine(byte[] bytes, int at, int end) =>
        ItemLine().IsMatch(Encoding.Latin1.GetString(bytes, at, Math.Min(24, end - at)));

    private static (RawLine Line, int Next) ReadLine(byte[] bytes, int start, int end)
    {
        var lf = Array.IndexOf(bytes, (byte)'\n', start, end - start);
        if (lf < 0)
        {
            return (new RawLine(bytes[start..end], []), end);
        }

        var textEnd = lf > start && bytes[lf - 1] == (byte)'\r' ? lf - 1 : lf;
        return (new RawLine(bytes[start..textEnd], bytes[textEnd..(lf + 1)]), lf + 1);
    }

    [GeneratedRegex(@"^(Text|File|Message|Fax|Graphics|Sound) item:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItemLine();
}
