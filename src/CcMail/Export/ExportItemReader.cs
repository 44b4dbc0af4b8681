using System.Globalization;
using System.Text;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.CcMail.Export;

/*
 * Items after Contents: one item line (keyword, size, for File a name and date) and the data the
 * size delimits. A size that does not check hands over to resynchronisation, which keeps the bytes
 * up to the next boundary as the item's data, so a damaged item is reported, never silently lost.
 * A Message item holds a whole nested block (forwarded mail); past the nesting limit it is kept
 * unparsed as an attachment.
 */

/// <summary>Reads the items of a block, including forwarded messages nested in Message items.</summary>
internal sealed class ExportItemReader
{
    private const int ItemLineMax = 16 * 1024;

    private readonly ExportCursor _c;
    private readonly ExportHeaderReader _header;
    private readonly ExportItemData _data;
    private readonly ExportResync _resync;
    private readonly ExportReaderOptions _options;
    private readonly Encoding _encoding;
    private readonly string? _file;
    private readonly int _maxItem;
    private readonly Func<CcMessage, int, bool> _readBody;

    /// <summary>Reads items with the given parts; <paramref name="readBody"/> reads a nested message's header and items at a depth.</summary>
    public ExportItemReader(ExportBlockParts parts, Func<CcMessage, int, bool> readBody)
    {
        _c = parts.Cursor;
        _header = parts.Header;
        _data = parts.Data;
        _resync = parts.Resync;
        _options = parts.Options;
        _encoding = parts.Encoding;
        _file = parts.File;
        _maxItem = parts.MaxItem;
        _readBody = readBody;
    }

    private DiagnosticSink Diagnostics => _c.Diagnostics;

    /// <summary>Reads every item line at the position into <paramref name="message"/>, checking the count Contents: declared (-1: none).</summary>
    public void ReadItems(CcMessage message, int depth, long hint, int declared)
    {
        var count = 0;
        var offset = _c.Window.Position;
        while (_c.Classify(out var type) == ExportLineKind.Item)
        {
            if (ReadItem(type, depth, hint) is { } item)
            {
                message.Items.Add(item);
            }

            count++;
        }

        if (declared >= 0 && declared != count)
        {
            Diagnostics.Warn(ExportDiagnosticCodes.ContentsCount, $"Contents: says {declared} items but {count} are present; the items present are read.", offset);
        }
    }

    private CcItem? ReadItem(ExportItemType type, int depth, long hint)
    {
        var lineOffset = _c.Window.Position;
        if (!_c.PeekLine(ItemLineMax, out var length, out var lineBreak))
        {
            Diagnostics.Error(ExportDiagnosticCodes.ItemSizeInvalid, "An item line is too long to be one; the item is dropped.", lineOffset);
            _c.Window.SkipLine();
            _resync.Recover(hint, depth);
            return null;
        }

        var size = ReadItemLine(type, length, lineBreak, out var keyword, out var file, out var name);
        if (type == ExportItemType.Message)
        {
            return size is null ? DropRecovered(hint, depth) : ReadMessageItem(size.Value, depth);
        }

        var (data, decoded) = ReadData(type, keyword, size, hint, depth);
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

    /// <summary>Consumes an item line and returns its size (null when unreadable or over the cap), with its keyword, File fields and trailing name.</summary>
    private long? ReadItemLine(ExportItemType type, int length, int lineBreak, out string keyword, out FileItemLine file, out string? name)
    {
        var lineOffset = _c.Window.Position;
        ExportKeywords.Split(_c.Window.Span(length), _encoding, out var written, out var text);
        _c.ConsumeLine(length, lineBreak);
        keyword = ExportKeywords.KeywordOf(type) ?? written.Trim();
        file = type == ExportItemType.File ? FileItemLine.Split(text) : default;
        string sizeToken;
        (sizeToken, name) = type == ExportItemType.File ? (new string(' ', file.LeadingSpaces) + file.SizeToken, null) : SplitSizeAndName(text);
        if (name is not null && type is ExportItemType.Text or ExportItemType.Message)
        {
            Diagnostics.Warn(ExportDiagnosticCodes.UnexpectedToken, $"Text after the {keyword} size is ignored: '{MessageHeaderBuilder.Excerpt(name)}'.", lineOffset);
        }

        var size = _header.ParseSize(sizeToken, lineOffset, ExportDiagnosticCodes.ItemSizeInvalid, $"{keyword} size");
        if (size > _maxItem)
        {
            Diagnostics.Error(ExportDiagnosticCodes.ItemTooLarge, $"The {keyword} says {size} bytes, more than the {_maxItem} accepted; its data is delimited by the next item or block.", lineOffset);
            size = null;
        }

        return size;
    }

    /// <summary>Reads an item's data by its size, or, when the size does not check, up to the next boundary (reported).</summary>
    private (byte[]? Data, string? Decoded) ReadData(ExportItemType type, string keyword, long? size, long hint, int depth)
    {
        var dataOffset = _c.Window.Position;
        byte[]? data = null;
        string? decoded = null;
        var read = size is { } n && (type == ExportItemType.Text ? _data.TryReadText(n, out decoded) : _data.TryReadBinary(n, out data));
        if (read)
        {
            return (data, decoded);
        }

        var (recovered, atEnd) = _resync.Recover(hint, depth);
        if (size is not null)
        {
            var why = atEnd ? ExportDiagnosticCodes.Truncated : ExportDiagnosticCodes.ItemSizeMismatch;
            Diagnostics.Error(why, $"The {keyword} says {size} bytes but no line break follows them; {recovered.Length} bytes up to the next {(atEnd ? "end of input" : "item or block")} are kept.", dataOffset);
        }

        return (recovered, type == ExportItemType.Text ? _data.DecodeText(recovered, ExportItemData.CountLoneLineFeeds(recovered)) : null);
    }

    private CcItem? Unknown(string keyword, long offset)
    {
        Diagnostics.Error(ExportDiagnosticCodes.ItemUnknown, $"'{MessageHeaderBuilder.Excerpt(keyword)}' is not an item type of the grammar; its data is dropped.", offset);
        return null;
    }

    private CcItem? DropRecovered(long hint, int depth)
    {
        _resync.Recover(hint, depth);
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
                Diagnostics.Warn(ExportDiagnosticCodes.DateInvalid, $"The File item date '{line.DateText}' is not a valid date and time; it is kept as text.", offset);
            }
        }

        if (MacBinary.TryUnwrap(data, out var fork, out var original, out var resource))
        {
            Diagnostics.Warn(ExportDiagnosticCodes.MacBinaryUnwrapped,
                $"'{item.Name}' is MacBinary II: kept its data fork ({fork.Length} bytes) and original name '{original}'{(resource > 0 ? $"; its {resource}-byte resource fork is dropped" : "")}.", offset);
            item.Data = fork;
            item.Name = original;
        }

        return item;
    }

    private CcItem? ReadMessageItem(long size, int depth)
    {
        var w = _c.Window;
        var dataStart = w.Position;
        var room = w.Limit - dataStart;
        if (size > room)
        {
            Diagnostics.Warn(ExportDiagnosticCodes.MessageItemSize, $"The Message item says {size} bytes, more than the {room} of the item around it; it is clamped.", dataStart);
            size = room;
        }

        var n = (int)size;
        var available = w.Fill(n + 2);
        var lineBreak = available >= n && n > 0 && w[n - 1] == (byte)'\n' ? _c.BreakAt(n, available) : -1;
        if (depth + 1 > Math.Min(_options.MaxNesting, ExportReaderOptions.MaxNestingLimit))
        {
            return KeepTooDeep(n, lineBreak, depth + 1, dataStart);
        }

        var nested = new CcMessage { Source = new SourceLocation(_file ?? "", dataStart) };
        var readable = lineBreak >= 0 ? ReadNestedBySize(nested, n, lineBreak, depth + 1) : ReadNestedByItems(nested, depth + 1);
        if (!readable)
        {
            Diagnostics.Error(ExportDiagnosticCodes.MessageItemEmpty, "The Message item holds no readable message; it is dropped.", dataStart);
            return null;
        }

        return new MessageItem { Message = nested };
    }

    /// <summary>Reads a nested message inside the <paramref name="size"/> bytes its Message item declares, ignoring bytes left over.</summary>
    private bool ReadNestedBySize(CcMessage nested, int size, int lineBreak, int level)
    {
        var w = _c.Window;
        var outer = w.Limit;
        w.Limit = w.Position + size;
        var readable = _readBody(nested, level);
        if (!w.AtEnd)
        {
            Diagnostics.Warn(ExportDiagnosticCodes.UnexpectedToken, "Bytes after the nested message's items, inside the Message item's size, are ignored.", w.Position);
            w.Skip(w.Limit - w.Position);
        }

        w.Limit = outer;
        _c.Consume(0, lineBreak);
        return readable;
    }

    /// <summary>Reads a nested message whose Message item size does not check, delimited by its own items.</summary>
    private bool ReadNestedByItems(CcMessage nested, int level)
    {
        Diagnostics.Warn(ExportDiagnosticCodes.MessageItemSize, "The Message item size does not end at a line break; the nested message is delimited by its own items.", _c.Window.Position);
        var readable = _readBody(nested, level);
        if (_c.Classify(out _) == ExportLineKind.Blank)
        {
            _c.Window.SkipLine();
        }

        return readable;
    }

    /// <summary>Keeps a Message item nested past the limit as a File item <c>nested-N.eml</c> holding its bytes (every deeper level inside), unparsed.</summary>
    private FileItem KeepTooDeep(int size, int lineBreak, int level, long dataStart)
    {
        byte[] kept;
        if (lineBreak >= 0)
        {
            kept = _c.Window.Span(size).ToArray();
            _c.Consume(size, lineBreak);
        }
        else
        {
            kept = _resync.Recover(-1, level).Data;
        }

        var name = $"nested-{level.ToString(CultureInfo.InvariantCulture)}.eml";
        Diagnostics.Warn(ExportDiagnosticCodes.NestingTooDeep, string.Create(CultureInfo.InvariantCulture,
            $"Forwarded messages nest deeper than {_options.MaxNesting}: level {level} and every level inside it ({kept.Length} bytes) are kept unparsed as the attachment {name}."), dataStart);
        return new FileItem { Name = name, Data = kept };
    }
}
