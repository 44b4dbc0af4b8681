using System.Text;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Export;

/*
 * Item sizes delimit data; nothing else does. Binary data may contain "Message:" (KB Q233054), so
 * the parser never looks inside data whose size checks. The work is split by concern: the cursor
 * classifies and consumes lines, the header reader reads Message:, header and Contents: lines, the
 * item reader and item data read what Contents: announces, and resynchronisation finds the next
 * boundary when a size does not check. This type puts them together, one block at a time, each
 * block with its own capped diagnostics.
 */

/// <summary>Reads message blocks (and the blocks nested in Message items) from a byte window.</summary>
internal sealed class ExportBlockParser
{
    private readonly ExportCursor _c;
    private readonly string? _file;
    private readonly ExportReaderOptions _options;
    private readonly AddressParserOptions _addresses;
    private readonly ExportHeaderReader _header;
    private readonly ExportResync _resync;
    private readonly ExportItemReader _items;
    private readonly ExportBoardReader _boards;
    private readonly ExportListReader _lists;
    private int _boardNumber;

    public ExportBlockParser(ByteWindow window, string? file, ExportReaderOptions options, Encoding encoding, AddressParserOptions addresses)
    {
        _file = file;
        _options = options;
        _addresses = addresses;
        _c = new ExportCursor(window, NewSink());
        _header = new ExportHeaderReader(_c, options, encoding);
        var maxItem = Math.Clamp(options.MaxItemBytes, 0, ExportReaderOptions.MaxItemBytesLimit);
        _resync = new ExportResync(_c, maxItem);
        var parts = new ExportBlockParts(_c, _header, new ExportItemData(_c, encoding), _resync, options, encoding, file, maxItem);
        _items = new ExportItemReader(parts, (nested, depth) => ReadBody(nested, depth, -1));
        _boards = new ExportBoardReader(parts, _items, addresses);
        _lists = new ExportListReader(parts, addresses);
    }

    /// <summary>Classifies the line at the current position by its first bytes.</summary>
    public ExportLineKind Classify(out ExportItemType item) => _c.Classify(out item);

    /// <summary>Reads the block whose <c>Message:</c> line is at the current position.</summary>
    public MessageRecord ReadBlock(int index)
    {
        var d = _c.Diagnostics = NewSink();
        var start = _c.Window.Position;
        var loneBefore = _c.LoneLineFeeds;
        var size = _header.ReadMessageLine();
        var dataStart = _c.Window.Position;
        var hint = size is { } s && s <= long.MaxValue - dataStart ? dataStart + s : -1;
        var message = new CcMessage { Source = new SourceLocation(_file ?? "", start) };
        var readable = ReadBody(message, 0, hint);
        var end = _c.Window.Position;
        if (!readable)
        {
            d.Error(ExportDiagnosticCodes.BlockEmpty, "No header follows the Message: line; nothing of this message could be read.", start);
        }
        else if (size is { } declared && declared != end - dataStart && declared != end - dataStart + (_c.LoneLineFeeds - loneBefore))
        {
            d.Warn(ExportDiagnosticCodes.SizeMismatch, $"The Message: size says {declared} bytes but the block's items end after {end - dataStart}.", start);
        }

        return new MessageRecord(index, new SourceLocation(_file ?? "", start), end - start, readable ? message : null, d.Items);
    }

    /// <summary>Reads the personal-data block (<paramref name="kind"/>) whose opening line is at the current position into <paramref name="into"/>; returns its diagnostics.</summary>
    public IReadOnlyList<Diagnostic> ReadPersonalBlock(ExportLineKind kind, PersonalData into, string defaultOwner)
    {
        var d = _c.Diagnostics = NewSink();
        var keyword = ExportKeywords.KeywordOf(kind);
        var start = _c.Window.Position;
        var loneBefore = _c.LoneLineFeeds;
        var size = _header.ReadSizeLine(keyword);
        var dataStart = _c.Window.Position;
        var hint = size is { } s && s <= long.MaxValue - dataStart ? dataStart + s : -1;
        var readable = kind switch
        {
            ExportLineKind.BulletinBoard => _boards.Read(into, ++_boardNumber, start, hint),
            ExportLineKind.MailingList => _lists.ReadMailingList(into, defaultOwner, start),
            _ => _lists.ReadAddressBook(into, defaultOwner, start),
        };
        var end = _c.Window.Position;
        if (!readable)
        {
            d.Error(ExportDiagnosticCodes.BlockEmpty, $"Nothing of this {keyword} block could be read; it is dropped.", start);
        }
        else if (size is { } declared && declared != end - dataStart && declared != end - dataStart + (_c.LoneLineFeeds - loneBefore))
        {
            d.Warn(ExportDiagnosticCodes.SizeMismatch, $"The {keyword}: size says {declared} bytes but the block ends after {end - dataStart}.", start);
        }

        return d.Items;
    }

    /// <summary>Skips the line at the current position and every line after it up to a plausible block start or the end.</summary>
    public long SkipToNextBlock() => _resync.SkipToNextBlock();

    /// <summary>Consumes one line (e.g. a blank one between blocks).</summary>
    public void SkipLine() => _c.Window.SkipLine();

    /// <summary>Reads the logical lines of the file header (continuations unfolded) as raw bytes, up to the first <c>Message:</c>.</summary>
    public List<(long Offset, byte[] Bytes)> ReadFileHeaderLines(DiagnosticSink diagnostics)
    {
        var lines = new List<(long Offset, byte[] Bytes)>();
        var w = _c.Window;
        var start = w.Position;
        var overLimit = false;
        while (true)
        {
            var kind = Classify(out _);
            if (kind is ExportLineKind.End or ExportLineKind.Message || ExportKeywords.IsPersonalBlock(kind))
            {
                return lines;
            }

            var budget = _options.MaxHeaderBytes - (w.Position - start);
            int length = 0, lineBreak = 0;
            if (!overLimit && (budget <= 0 || !_c.PeekLine((int)Math.Min(budget, int.MaxValue), out length, out lineBreak)))
            {
                overLimit = true;
                diagnostics.Error(ExportDiagnosticCodes.HeaderTooLarge, $"The file header is longer than {_options.MaxHeaderBytes} bytes; the rest of it is dropped.", w.Position);
            }

            if (overLimit)
            {
                w.SkipLine();
                continue;
            }

            var offset = w.Position;
            var bytes = w.Span(length).ToArray();
            _c.ConsumeLine(length, lineBreak);
            if (kind == ExportLineKind.Continuation && lines.Count > 0)
            {
                lines[^1] = (lines[^1].Offset, [.. lines[^1].Bytes, .. bytes]);
            }
            else if (kind != ExportLineKind.Blank)
            {
                lines.Add((offset, bytes));
            }
        }
    }

    private DiagnosticSink NewSink() =>
        new(_file, Math.Max(1, _options.MaxDiagnosticsPerMessage), _options.Compliance == ParserCompliance.Strict);

    /// <summary>Reads a header and its items into <paramref name="message"/>; false when no header line of the grammar was found.</summary>
    private bool ReadBody(CcMessage message, int depth, long hint)
    {
        var builder = new MessageHeaderBuilder(message, _c.Diagnostics, _addresses, _options.Dates);
        var end = _header.ReadHeader(builder, depth, out var declared);
        if (end == ExportLineKind.Item)
        {
            _items.ReadItems(message, depth, hint, declared);
        }

        return builder.SawKnownHeader || end == ExportLineKind.Item;
    }
}
