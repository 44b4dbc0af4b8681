using System.Buffers;
using System.Text;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.CcMail.Export;

/*
 * Item sizes delimit data; nothing else does. Binary data may contain "Message:" (KB Q233054), so
 * the parser never looks inside data whose size checks (the byte after it is a line break, or,
 * for hex, the byte after 2 x size hex digits is). Only when a size does not check does it look
 * for the next plausible boundary: an item line, or a "Message:" line followed by a header line,
 * preferring the block end the Message: size points to when that is a real block start. Every
 * step consumes at least one line, so damage can slow the reader down but never stop it.
 */

/// <summary>Reads message blocks (and the blocks nested in Message items) from a byte window.</summary>
internal sealed class ExportBlockParser
{
    private const int MessageLineMax = 256;
    private const int ItemLineMax = 16 * 1024;
    private const int PrefixLength = ExportKeywords.LongestKeyword + 2;
    private static readonly SearchValues<byte> HexDigits = SearchValues.Create("0123456789ABCDEFabcdef"u8);

    private readonly ByteWindow _w;
    private readonly string? _file;
    private readonly ExportReaderOptions _options;
    private readonly Encoding _encoding;
    private readonly AddressParserOptions _addresses;
    private readonly int _maxItem;
    private long _loneLineFeeds;
    private DiagnosticSink _d;

    public ExportBlockParser(ByteWindow window, string? file, ExportReaderOptions options, Encoding encoding, AddressParserOptions addresses)
    {
        _w = window;
        _file = file;
        _options = options;
        _encoding = encoding;
        _addresses = addresses;
        _maxItem = Math.Clamp(options.MaxItemBytes, 0, ExportReaderOptions.MaxItemBytesLimit);
        _d = NewSink();
    }

    /// <summary>Classifies the line at the current position by its first bytes.</summary>
    public ExportLineKind Classify(out ExportItemType item) => ClassifyAt(0, out item);

    /// <summary>Reads the block whose <c>Message:</c> line is at the current position.</summary>
    public MessageRecord ReadBlock(int index)
    {
        _d = NewSink();
        var start = _w.Position;
        var loneBefore = _loneLineFeeds;
        var size = ReadMessageLine();
        var dataStart = _w.Position;
        var hint = size is { } s && s <= long.MaxValue - dataStart ? dataStart + s : -1;
        var message = new CcMessage { Source = new SourceLocation(_file ?? "", start) };
        var readable = ReadBody(message, 0, hint);
        var end = _w.Position;
        if (!readable)
        {
            _d.Error(ExportDiagnosticCodes.BlockEmpty, "No header follows the Message: line; nothing of this message could be read.", start);
        }
        else if (size is { } declared && declared != end - dataStart && declared != end - dataStart + (_loneLineFeeds - loneBefore))
        {
            _d.Warn(ExportDiagnosticCodes.SizeMismatch, $"The Message: size says {declared} bytes but the block's items end after {end - dataStart}.", start);
        }

        return new MessageRecord(index, new SourceLocation(_file ?? "", start), end - start, readable ? message : null, _d.Items);
    }

    /// <summary>Skips the line at the current position and every line after it up to a plausible block start or the end.</summary>
    public long SkipToNextBlock()
    {
        var start = _w.Position;
        do
        {
            _w.SkipLine();
        }
        while (!_w.AtEnd && !IsPlausibleBlockStart(0));
        return _w.Position - start;
    }

    /// <summary>Consumes one line (e.g. a blank one between blocks).</summary>
    public void SkipLine() => _w.SkipLine();

    /// <summary>Reads the logical lines of the file header (continuations unfolded) as raw bytes, up to the first <c>Message:</c>.</summary>
    public List<(long Offset, byte[] Bytes)> ReadFileHeaderLines(DiagnosticSink diagnostics)
    {
        var lines = new List<(long Offset, byte[] Bytes)>();
        var start = _w.Position;
        var overLimit = false;
        while (true)
        {
            var kind = Classify(out _);
            if (kind is ExportLineKind.End or ExportLineKind.Message)
            {
                return lines;
            }

            var budget = _options.MaxHeaderBytes - (_w.Position - start);
            int length = 0, lineBreak = 0;
            if (!overLimit && (budget <= 0 || !PeekLine((int)Math.Min(budget, int.MaxValue), out length, out lineBreak)))
            {
                overLimit = true;
                diagnostics.Error(ExportDiagnosticCodes.HeaderTooLarge, $"The file header is longer than {_options.MaxHeaderBytes} bytes; the rest of it is dropped.", _w.Position);
            }

            if (overLimit)
            {
                _w.SkipLine();
                continue;
            }

            var offset = _w.Position;
            var bytes = _w.Span(length).ToArray();
            ConsumeLine(length, lineBreak);
            if (kind == ExportLineKind.Blank)
            {
                continue;
            }

            if (kind == ExportLineKind.Continuation && lines.Count > 0)
            {
                lines[^1] = (lines[^1].Offset, [.. lines[^1].Bytes, .. bytes]);
            }
            else
            {
                lines.Add((offset, bytes));
            }
        }
    }

    private DiagnosticSink NewSink() =>
        new(_file, Math.Max(1, _options.MaxDiagnosticsPerMessage), _options.Compliance == ParserCompliance.Strict);

    private long? ReadMessageLine()
    {
        var offset = _w.Position;
        if (!PeekLine(MessageLineMax, out var length, out var lineBreak))
        {
            _d.Warn(ExportDiagnosticCodes.SizeInvalid, "The Message: line is too long to hold a size; the size is ignored.", offset);
            _w.SkipLine();
            return null;
        }

        var value = Encoding.ASCII.GetString(_w.Span(length)[(ExportKeywords.Message.Length + 1)..]);
        ConsumeLine(length, lineBreak);
        if (value.StartsWith(' '))
        {
            value = value[1..];
        }

        if (value.Trim(' ').Length == 0)
        {
            _d.Warn(ExportDiagnosticCodes.SizeSpaces, "The Message: size is written as spaces (KB Q287056); the items delimit the block.", offset);
            return null;
        }

        return ParseSize(value, offset, ExportDiagnosticCodes.SizeInvalid, "Message: size");
    }

    private long? ParseSize(string token, long offset, string invalidCode, string what)
    {
        var trimmed = token.Trim(' ');
        if (trimmed.Length != token.Length)
        {
            _d.Warn(ExportDiagnosticCodes.SizePadded, $"The {what} is padded with spaces.", offset);
        }

        if (trimmed.Length is > 0 and <= 15 && trimmed.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return long.Parse(trimmed, System.Globalization.CultureInfo.InvariantCulture);
        }

        var text = $"The {what} '{MessageHeaderBuilder.Excerpt(trimmed)}' is not a number.";
        if (invalidCode == ExportDiagnosticCodes.ItemSizeInvalid)
        {
            _d.Error(invalidCode, text, offset);
        }
        else
        {
            _d.Warn(invalidCode, text, offset);
        }

        return null;
    }

    /// <summary>Reads a header and its items into <paramref name="message"/>; false when no header line of the grammar was found.</summary>
    private bool ReadBody(CcMessage message, int depth, long hint)
    {
        var builder = new MessageHeaderBuilder(message, _d, _addresses, _options.Dates);
        var end = ReadHeader(builder, depth, out var declared);
        if (end == ExportLineKind.Item)
        {
            ReadItems(message, depth, hint, declared);
        }

        return builder.SawKnownHeader || end == ExportLineKind.Item;
    }

    private ExportLineKind ReadHeader(MessageHeaderBuilder builder, int depth, out int declared)
    {
        declared = -1;
        var counted = 0L;
        var pending = new ArrayBufferWriter<byte>();
        var pendingOffset = -1L;
        var overLimit = false;
        while (true)
        {
            var kind = Classify(out _);
            if (kind is ExportLineKind.End or ExportLineKind.Message or ExportLineKind.Contents or ExportLineKind.Item
                || (kind == ExportLineKind.Blank && depth > 0))
            {
                Flush(builder, pending, pendingOffset);
                pendingOffset = -1;
            }

            switch (kind)
            {
                case ExportLineKind.End:
                    _d.Error(ExportDiagnosticCodes.Truncated, depth == 0 ? "The input ends inside a message header." : "The nested message ends inside its header.", _w.Position);
                    return kind;
                case ExportLineKind.Message:
                    _d.Error(ExportDiagnosticCodes.Truncated, "A Message: line starts before this header reached Contents:; the block is cut short.", _w.Position);
                    return kind;
                case ExportLineKind.Blank when depth > 0:
                    _d.Error(ExportDiagnosticCodes.Truncated, "The nested message's header ends at an empty line before Contents:.", _w.Position);
                    return kind;
                case ExportLineKind.Contents:
                    declared = ReadContentsLine();
                    return ExportLineKind.Item;
                case ExportLineKind.Item:
                    _d.Warn(ExportDiagnosticCodes.ContentsMissing, "Items follow the header with no Contents: line.", _w.Position);
                    return ExportLineKind.Item;
            }

            var budget = _options.MaxHeaderBytes - counted;
            var continues = kind == ExportLineKind.Continuation && pendingOffset >= 0;
            var lineRoom = Math.Max(0, _options.MaxHeaderLineBytes - (continues ? pending.WrittenCount : 0));
            int length = 0, lineBreak = 0;
            if (!overLimit && lineRoom < budget && (kind == ExportLineKind.Other || continues) && !PeekLine(lineRoom, out length, out lineBreak))
            {
                KeepTruncated(builder, pending, ref pendingOffset, continues, lineRoom);
                counted += lineRoom;
                continue;
            }

            if (!overLimit && (budget <= 0 || !PeekLine((int)Math.Min(budget, int.MaxValue), out length, out lineBreak)))
            {
                overLimit = true;
                Flush(builder, pending, pendingOffset);
                pendingOffset = -1;
                _d.Error(ExportDiagnosticCodes.HeaderTooLarge, $"The header is longer than {_options.MaxHeaderBytes} bytes (KB Q266711); the lines beyond are dropped.", _w.Position);
            }

            if (overLimit)
            {
                _w.SkipLine();
                continue;
            }

            counted += length + lineBreak;
            var offset = _w.Position;
            if (kind == ExportLineKind.Blank)
            {
                _d.Warn(ExportDiagnosticCodes.UnexpectedToken, "An empty line inside a header is ignored.", offset);
            }
            else if (kind == ExportLineKind.Continuation)
            {
                if (pendingOffset < 0)
                {
                    _d.Warn(ExportDiagnosticCodes.UnexpectedToken, "A continuation line with no header line before it is dropped.", offset);
                }
                else
                {
                    pending.Write(_w.Span(length));
                }
            }
            else
            {
                Flush(builder, pending, pendingOffset);
                pending.Write(_w.Span(length));
                pendingOffset = offset;
            }

            ConsumeLine(length, lineBreak);
        }
    }

    /// <summary>Keeps the first <paramref name="keep"/> bytes of an over-long header line (or continuation) and skips the rest of it, reporting its length.</summary>
    private void KeepTruncated(MessageHeaderBuilder builder, ArrayBufferWriter<byte> pending, ref long pendingOffset, bool continues, int keep)
    {
        var offset = _w.Position;
        if (!continues)
        {
            Flush(builder, pending, pendingOffset);
            pendingOffset = offset;
        }

        pending.Write(_w.Span(keep));
        var field = pending.WrittenSpan[..Math.Min(pending.WrittenCount, ExportKeywords.LongestKeyword + 1)];
        var colon = field.IndexOf((byte)':');
        var name = colon > 0 ? Encoding.ASCII.GetString(field[..colon]) : "header";
        var total = (continues ? pending.WrittenCount - keep : 0) + _w.SkipLineMeasured();
        _d.Warn(ExportDiagnosticCodes.HeaderTruncated, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"The {name}: line is {total} bytes, longer than the limit of {_options.MaxHeaderLineBytes}; its first {_options.MaxHeaderLineBytes} bytes are kept."), offset);
    }

    private void Flush(MessageHeaderBuilder builder, ArrayBufferWriter<byte> pending, long offset)
    {
        if (offset >= 0)
        {
            builder.Apply(pending.WrittenSpan, _encoding, offset);
        }

        pending.ResetWrittenCount();
    }

    private int ReadContentsLine()
    {
        var offset = _w.Position;
        if (!PeekLine(MessageLineMax, out var length, out var lineBreak))
        {
            _d.Warn(ExportDiagnosticCodes.ContentsInvalid, "The Contents: line is too long to hold a count; the items present are read.", offset);
            _w.SkipLine();
            return -1;
        }

        var value = Encoding.ASCII.GetString(_w.Span(length)[(ExportKeywords.Contents.Length + 1)..]).Trim(' ');
        ConsumeLine(length, lineBreak);
        if (value.Length is > 0 and <= 9 && value.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        }

        _d.Warn(ExportDiagnosticCodes.ContentsInvalid, $"The Contents: count '{MessageHeaderBuilder.Excerpt(value)}' is not a number; the items present are read.", offset);
        return -1;
    }

    private void ReadItems(CcMessage message, int depth, long hint, int declared)
    {
        var count = 0;
        var offset = _w.Position;
        while (Classify(out var type) == ExportLineKind.Item)
        {
            if (ReadItem(type, depth, hint) is { } item)
            {
                message.Items.Add(item);
            }

            count++;
        }

        if (declared >= 0 && declared != count)
        {
            _d.Warn(ExportDiagnosticCodes.ContentsCount, $"Contents: says {declared} items but {count} are present; the items present are read.", offset);
        }
    }

    private CcItem? ReadItem(ExportItemType type, int depth, long hint)
    {
        var lineOffset = _w.Position;
        if (!PeekLine(ItemLineMax, out var length, out var lineBreak))
        {
            _d.Error(ExportDiagnosticCodes.ItemSizeInvalid, "An item line is too long to be one; the item is dropped.", lineOffset);
            _w.SkipLine();
            Recover(hint, depth);
            return null;
        }

        ExportKeywords.Split(_w.Span(length), _encoding, out var written, out var text);
        ConsumeLine(length, lineBreak);
        var keyword = ExportKeywords.KeywordOf(type) ?? written.Trim();
        var file = type == ExportItemType.File ? FileItemLine.Split(text) : default;
        var (sizeToken, name) = type == ExportItemType.File ? (new string(' ', file.LeadingSpaces) + file.SizeToken, null) : SplitSizeAndName(text);
        if (name is not null && type is ExportItemType.Text or ExportItemType.Message)
        {
            _d.Warn(ExportDiagnosticCodes.UnexpectedToken, $"Text after the {keyword} size is ignored: '{MessageHeaderBuilder.Excerpt(name)}'.", lineOffset);
        }

        var size = ParseSize(sizeToken, lineOffset, ExportDiagnosticCodes.ItemSizeInvalid, $"{keyword} size");
        if (size > _maxItem)
        {
            _d.Error(ExportDiagnosticCodes.ItemTooLarge, $"The {keyword} says {size} bytes, more than the {_maxItem} accepted; its data is delimited by the next item or block.", lineOffset);
            size = null;
        }

        if (type == ExportItemType.Message)
        {
            return size is null ? DropRecovered(hint, depth) : ReadMessageItem(size.Value, depth);
        }

        var dataOffset = _w.Position;
        byte[]? data = null;
        string? decoded = null;
        var read = size is { } n && (type == ExportItemType.Text ? TryReadText(n, out decoded) : TryReadBinary(n, out data));
        if (!read)
        {
            var (recovered, atEnd) = Recover(hint, depth);
            if (size is not null)
            {
                var why = atEnd ? ExportDiagnosticCodes.Truncated : ExportDiagnosticCodes.ItemSizeMismatch;
                _d.Error(why, $"The {keyword} says {size} bytes but no line break follows them; {recovered.Length} bytes up to the next {(atEnd ? "end of input" : "item or block")} are kept.", dataOffset);
            }

            data = recovered;
            if (type == ExportItemType.Text)
            {
                decoded = DecodeText(recovered, CountLoneLineFeeds(recovered));
            }
        }

        return type switch
        {
            ExportItemType.Text => new TextItem { Text = decoded! },
            ExportItemType.File => ToFileItem(file, data!, lineOffset),
            ExportItemType.Fax => new BinaryItem { Kind = BinaryItemKind.Fax, Name = name, Data = data! },
            ExportItemType.Graphics => new BinaryItem { Kind = BinaryItemKind.Graphics, Name = name, Data = data! },
            ExportItemType.Sound => new BinaryItem { Kind = BinaryItemKind.Sound, Name = name, Data = data! },
            _ => Unknown(keyword, lineOffset),
        };
    }

    private CcItem? Unknown(string keyword, long offset)
    {
        _d.Error(ExportDiagnosticCodes.ItemUnknown, $"'{MessageHeaderBuilder.Excerpt(keyword)}' is not an item type of the grammar; its data is dropped.", offset);
        return null;
    }

    private CcItem? DropRecovered(long hint, int depth)
    {
        Recover(hint, depth);
        return null;
    }

    private static (string Size, string? Name) SplitSizeAndName(string text)
    {
        var lead = text.Length - text.TrimStart(' ').Length;
        var space = text.IndexOf(' ', lead);
        return space < 0 ? (text, null) : (text[..space], text[(space + 1)..]);
    }

    private FileItem ToFileItem(FileItemLine line, byte[] data, long offset)
    {
        var item = new FileItem { Name = line.Name, DateText = line.DateText, Data = data };
        if (line.DateText is not null)
        {
            if (CcDateParser.TryParse(line.DateText, _options.Dates, out var date))
            {
                item.Date = date;
            }
            else
            {
                _d.Warn(ExportDiagnosticCodes.DateInvalid, $"The File item date '{line.DateText}' is not a valid date and time; it is kept as text.", offset);
            }
        }

        if (MacBinary.TryUnwrap(data, out var fork, out var original, out var resource))
        {
            _d.Warn(ExportDiagnosticCodes.MacBinaryUnwrapped,
                $"'{item.Name}' is MacBinary II: kept its data fork ({fork.Length} bytes) and original name '{original}'{(resource > 0 ? $"; its {resource}-byte resource fork is dropped" : "")}.", offset);
            item.Data = fork;
            item.Name = original;
        }

        return item;
    }

    private CcItem? ReadMessageItem(long size, int depth)
    {
        var dataStart = _w.Position;
        var room = _w.Limit - dataStart;
        if (size > room)
        {
            _d.Warn(ExportDiagnosticCodes.MessageItemSize, $"The Message item says {size} bytes, more than the {room} of the item around it; it is clamped.", dataStart);
            size = room;
        }

        var n = (int)size;
        var available = _w.Fill(n + 2);
        var lineBreak = available >= n && n > 0 && _w[n - 1] == (byte)'\n' ? BreakAt(n, available) : -1;
        if (depth + 1 > Math.Min(_options.MaxNesting, ExportReaderOptions.MaxNestingLimit))
        {
            return KeepTooDeep(n, lineBreak, depth + 1, dataStart);
        }

        var nested = new CcMessage { Source = new SourceLocation(_file ?? "", dataStart) };
        bool readable;
        if (lineBreak >= 0)
        {
            var outer = _w.Limit;
            _w.Limit = dataStart + n;
            readable = ReadBody(nested, depth + 1, -1);
            if (!_w.AtEnd)
            {
                _d.Warn(ExportDiagnosticCodes.UnexpectedToken, "Bytes after the nested message's items, inside the Message item's size, are ignored.", _w.Position);
                _w.Skip(_w.Limit - _w.Position);
            }

            _w.Limit = outer;
            Consume(0, lineBreak);
        }
        else
        {
            _d.Warn(ExportDiagnosticCodes.MessageItemSize, "The Message item size does not end at a line break; the nested message is delimited by its own items.", dataStart);
            readable = ReadBody(nested, depth + 1, -1);
            if (Classify(out _) == ExportLineKind.Blank)
            {
                _w.SkipLine();
            }
        }

        if (!readable)
        {
            _d.Error(ExportDiagnosticCodes.MessageItemEmpty, "The Message item holds no readable message; it is dropped.", dataStart);
            return null;
        }

        return new MessageItem { Message = nested };
    }

    /// <summary>Keeps a Message item nested past the limit as a File item <c>nested-N.eml</c> holding its bytes (every deeper level inside), unparsed.</summary>
    private FileItem KeepTooDeep(int size, int lineBreak, int level, long dataStart)
    {
        byte[] kept;
        if (lineBreak >= 0)
        {
            kept = _w.Span(size).ToArray();
            Consume(size, lineBreak);
        }
        else
        {
            kept = Recover(-1, level).Data;
        }

        var name = $"nested-{level.ToString(System.Globalization.CultureInfo.InvariantCulture)}.eml";
        _d.Warn(ExportDiagnosticCodes.NestingTooDeep, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Forwarded messages nest deeper than {_options.MaxNesting}: level {level} and every level inside it ({kept.Length} bytes) are kept unparsed as the attachment {name}."), dataStart);
        return new FileItem { Name = name, Data = kept };
    }

    private bool TryReadText(long size, out string? text)
    {
        text = null;
        var want = (int)size;
        var available = _w.Fill(want + 2);
        var span = _w.Span(available);

        // Count as the grammar does: a LF without a CR before it counts 2 (files converted to LF line ends).
        int used = 0, lone = 0;
        long counted = 0;
        while (counted < size)
        {
            var window = span[used..Math.Min(available, used + (int)(size - counted))];
            var lf = window.IndexOf((byte)'\n');
            if (lf < 0)
            {
                used += window.Length;
                counted += window.Length;
                if (counted < size)
                {
                    return false;
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

        var lineBreak = counted == size ? BreakAt(used, available) : -1;
        if (lineBreak < 0 && lone > 0 && size <= available && (lineBreak = BreakAt(want, available)) >= 0)
        {
            _d.Warn(ExportDiagnosticCodes.TextSizeLf, "The Text item size counts its LF line ends as one byte, not as CR LF.", _w.Position);
            used = want;
            lone = CountLoneLineFeeds(span[..used]);
        }

        if (lineBreak < 0)
        {
            return false;
        }

        text = DecodeText(span[..used], lone);
        _loneLineFeeds += lone;
        Consume(used, lineBreak);
        return true;
    }

    private string DecodeText(ReadOnlySpan<byte> bytes, int lone)
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

    private static int CountLoneLineFeeds(ReadOnlySpan<byte> bytes)
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

    private bool TryReadBinary(long size, out byte[]? data)
    {
        data = null;
        var n = (int)size;
        var available = _w.Fill(n + 2);
        int lineBreak;
        if (available >= n && (lineBreak = BreakAt(n, available)) >= 0)
        {
            data = _w.Span(n).ToArray();
            Consume(n, lineBreak);
            return true;
        }

        // Not raw: /FILES/HEX writes 2 x size hex digits.
        available = _w.Fill(2 * n + 2);
        if (available < 2 * n || _w.Span(2 * n).IndexOfAnyExcept(HexDigits) >= 0 || (lineBreak = BreakAt(2 * n, available)) < 0)
        {
            return false;
        }

        data = new byte[n];
        var hex = _w.Span(2 * n);
        for (var i = 0; i < n; i++)
        {
            data[i] = (byte)((HexValue(hex[2 * i]) << 4) | HexValue(hex[(2 * i) + 1]));
        }

        Consume(2 * n, lineBreak);
        return true;
    }

    private static int HexValue(byte digit) => digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10;

    /// <summary>The length of the line break at <paramref name="index"/> (1 LF, 2 CR LF), 0 at the end of input, -1 for none.</summary>
    private int BreakAt(int index, int available)
    {
        if (index < available)
        {
            return _w[index] == (byte)'\n' ? 1
                : _w[index] == (byte)'\r' && index + 1 < available && _w[index + 1] == (byte)'\n' ? 2 : -1;
        }

        return index == available && _w.Fill(index + 1) == index ? 0 : -1;
    }

    private void Consume(int dataLength, int lineBreak)
    {
        if (lineBreak == 0)
        {
            _d.Warn(ExportDiagnosticCodes.MissingLineBreak, "The input ends right after an item's data, with no line break.", _w.Position + dataLength);
        }

        _w.Advance(dataLength + lineBreak);
        _loneLineFeeds += lineBreak == 1 ? 1 : 0;
    }

    /// <summary>Takes the bytes up to the next plausible boundary (item line, block start, end) as an item's data.</summary>
    private (byte[] Data, bool AtEnd) Recover(long hint, int depth)
    {
        var useHint = depth == 0 && hint > _w.Position && hint - _w.Position <= _maxItem && IsBlockStartAt(hint - _w.Position);
        var scan = 0;
        while (true)
        {
            var lf = _w.IndexOf((byte)'\n', scan, _maxItem + 1);
            if (lf < 0)
            {
                if (_w.Buffered <= _maxItem)
                {
                    var all = _w.Buffered;
                    var rest = _w.Span(all).ToArray();
                    _w.Advance(all);
                    return (rest, true);
                }

                return (TakeCapped(hint, depth), false);
            }

            var next = lf + 1;
            if (next > _maxItem)
            {
                return (TakeCapped(hint, depth), false);
            }

            if (IsBoundaryAt(next, useHint ? hint : -1))
            {
                var lineBreak = lf > 0 && _w[lf - 1] == (byte)'\r' ? 2 : 1;
                var data = _w.Span(next - lineBreak).ToArray();
                _w.Advance(next);
                _loneLineFeeds += lineBreak == 1 ? 1 : 0;
                return (data, _w.AtEnd);
            }

            scan = next;
        }
    }

    private byte[] TakeCapped(long hint, int depth)
    {
        var data = _w.Span(_maxItem).ToArray();
        _w.Advance(_maxItem);
        _d.Error(ExportDiagnosticCodes.ItemTooLarge, $"Damaged data runs past {_maxItem} bytes; the rest up to the next item or block is dropped.", _w.Position);
        do
        {
            _w.SkipLine();
        }
        while (!_w.AtEnd && !IsBoundaryAt(0, depth == 0 && hint > _w.Position ? hint : -1));
        return data;
    }

    private bool IsBoundaryAt(int index, long hint)
    {
        var available = _w.Fill(index + MessageLineMax + PrefixLength);
        if (available <= index)
        {
            return true;
        }

        var kind = ClassifyAt(index, out _);
        if (kind == ExportLineKind.Item)
        {
            var prefix = _w.Span(index, Math.Min(available - index, PrefixLength + 8));
            var colon = prefix.IndexOf((byte)':');
            var after = prefix[(colon + 1)..].TrimStart((byte)' ');
            return after.Length > 0 && char.IsAsciiDigit((char)after[0]);
        }

        if (kind != ExportLineKind.Message)
        {
            return false;
        }

        var position = _w.Position + index;
        return hint < 0 ? IsPlausibleBlockStart(index) : position == hint || (position > hint && IsPlausibleBlockStart(index));
    }

    private bool IsBlockStartAt(long index)
    {
        var at = (int)index;
        var available = _w.Fill(at + PrefixLength);
        return available == at || (available > at && _w[at - 1] == (byte)'\n' && ClassifyAt(at, out _) == ExportLineKind.Message);
    }

    /// <summary>Whether a <c>Message:</c> line at <paramref name="index"/> is followed by a header line of the grammar.</summary>
    private bool IsPlausibleBlockStart(int index)
    {
        if (ClassifyAt(index, out _) != ExportLineKind.Message)
        {
            return false;
        }

        var lf = _w.IndexOf((byte)'\n', index, index + MessageLineMax);
        if (lf < 0)
        {
            return false;
        }

        var available = _w.Fill(lf + 1 + PrefixLength);
        var next = _w.Span(lf + 1, Math.Min(available - lf - 1, PrefixLength));
        return ExportKeywords.IsBlockHeader(ExportKeywords.KeywordOf(next));
    }

    private ExportLineKind ClassifyAt(int index, out ExportItemType item)
    {
        item = ExportItemType.None;
        var available = _w.Fill(index + PrefixLength) - index;
        if (available <= 0)
        {
            return ExportLineKind.End;
        }

        var prefix = _w.Span(index, Math.Min(available, PrefixLength));
        var first = prefix[0];
        if (first == (byte)'\n' || (first == (byte)'\r' && prefix.Length > 1 && prefix[1] == (byte)'\n'))
        {
            return ExportLineKind.Blank;
        }

        // Judge the line by its own bytes: a keyword never runs on past a line break.
        var lineEnd = prefix.IndexOf((byte)'\n');
        prefix = lineEnd < 0 ? prefix : prefix[..lineEnd];
        if (first is (byte)' ' or (byte)'\t')
        {
            return ExportLineKind.Continuation;
        }

        if (ExportKeywords.Starts(prefix, ExportKeywords.Message))
        {
            return ExportLineKind.Message;
        }

        if (ExportKeywords.Starts(prefix, ExportKeywords.Contents))
        {
            return ExportLineKind.Contents;
        }

        item = ExportKeywords.ItemTypeOf(ExportKeywords.KeywordOf(prefix));
        return item == ExportItemType.None ? ExportLineKind.Other : ExportLineKind.Item;
    }

    /// <summary>Finds the line at the position: its length without the line break and the break's length (0 at the end); false when it is longer than <paramref name="max"/>.</summary>
    private bool PeekLine(int max, out int length, out int lineBreak)
    {
        var lf = _w.IndexOf((byte)'\n', 0, Math.Min(max, int.MaxValue - 1) + 1);
        if (lf >= 0)
        {
            lineBreak = lf > 0 && _w[lf - 1] == (byte)'\r' ? 2 : 1;
            length = lf + 1 - lineBreak;
            return true;
        }

        length = _w.Buffered;
        lineBreak = 0;
        return length <= max;
    }

    private void ConsumeLine(int length, int lineBreak)
    {
        _w.Advance(length + lineBreak);
        _loneLineFeeds += lineBreak == 1 ? 1 : 0;
    }
}
