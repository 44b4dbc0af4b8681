using System.Globalization;
using System.Text;

namespace MailMig.Fidelity.CcMail.Export;

/*
 * The lines before a block's items: the Message: line with the block's size, the header lines
 * (folded over continuations, each capped at the line limit, all together at the header limit,
 * KB Q266711) and the Contents: line with the item count. A damaged size or count is reported
 * and ignored: the items present delimit the block, so nothing readable is lost to a bad number.
 */

/// <summary>Reads the Message: line, the header and the Contents: line of a block.</summary>
internal sealed class ExportHeaderReader
{
    private readonly ExportCursor _c;
    private readonly ExportReaderOptions _options;
    private readonly Encoding _encoding;

    public ExportHeaderReader(ExportCursor cursor, ExportReaderOptions options, Encoding encoding)
    {
        _c = cursor;
        _options = options;
        _encoding = encoding;
    }

    private DiagnosticSink Diagnostics => _c.Diagnostics;

    /// <summary>Reads the <c>Message:</c> line at the position; its size, or null when it has none that can be read.</summary>
    public long? ReadMessageLine() => ReadSizeLine(ExportKeywords.Message);

    /// <summary>Reads the line opening a block (<c>Message:</c>, <c>Bulletin board:</c>…) at the position; its size, or null when it has none that can be read.</summary>
    public long? ReadSizeLine(string keyword)
    {
        var offset = _c.Window.Position;
        if (!_c.PeekLine(ExportCursor.MessageLineMax, out var length, out var lineBreak))
        {
            Diagnostics.Warn(ExportDiagnosticCodes.SizeInvalid, $"The {keyword}: line is too long to hold a size; the size is ignored.", offset);
            _c.Window.SkipLine();
            return null;
        }

        var value = Encoding.ASCII.GetString(_c.Window.Span(length)[(keyword.Length + 1)..]);
        _c.ConsumeLine(length, lineBreak);
        if (value.StartsWith(' '))
        {
            value = value[1..];
        }

        if (value.Trim(' ').Length == 0)
        {
            Diagnostics.Warn(ExportDiagnosticCodes.SizeSpaces, $"The {keyword}: size is written as spaces (KB Q287056); the {(keyword == ExportKeywords.Message ? "items delimit" : "lines delimit")} the block.", offset);
            return null;
        }

        return ParseSize(value, offset, ExportDiagnosticCodes.SizeInvalid, $"{keyword}: size");
    }

    /// <summary>Parses a size token (up to 15 digits, spaces around tolerated); null and a diagnostic with <paramref name="invalidCode"/> when it is not a number.</summary>
    public long? ParseSize(string token, long offset, string invalidCode, string what)
    {
        var trimmed = token.Trim(' ');
        if (trimmed.Length != token.Length)
        {
            Diagnostics.Warn(ExportDiagnosticCodes.SizePadded, $"The {what} is padded with spaces.", offset);
        }

        if (trimmed.Length is > 0 and <= 15 && trimmed.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return long.Parse(trimmed, CultureInfo.InvariantCulture);
        }

        var text = $"The {what} '{MessageHeaderBuilder.Excerpt(trimmed)}' is not a number.";
        if (invalidCode == ExportDiagnosticCodes.ItemSizeInvalid)
        {
            Diagnostics.Error(invalidCode, text, offset);
        }
        else
        {
            Diagnostics.Warn(invalidCode, text, offset);
        }

        return null;
    }

    /// <summary>Reads header lines into <paramref name="builder"/> up to the line that ends the header; Item when items follow (with the Contents: count in <paramref name="declared"/>, -1 when unknown).</summary>
    public ExportLineKind ReadHeader(MessageHeaderBuilder builder, int depth, out int declared)
    {
        declared = -1;
        var pending = new PendingHeaderLine(builder, _encoding);
        while (true)
        {
            var kind = _c.Classify(out _);
            if (kind is ExportLineKind.End or ExportLineKind.Message or ExportLineKind.Contents or ExportLineKind.Item
                || (kind == ExportLineKind.Blank && depth > 0) || ExportKeywords.IsPersonalBlock(kind))
            {
                pending.Flush();
                return EndHeader(kind, depth, out declared);
            }

            ReadHeaderLine(kind, pending);
        }
    }

    private ExportLineKind EndHeader(ExportLineKind kind, int depth, out int declared)
    {
        declared = -1;
        switch (kind)
        {
            case ExportLineKind.End:
                Diagnostics.Error(ExportDiagnosticCodes.Truncated, depth == 0 ? "The input ends inside a message header." : "The nested message ends inside its header.", _c.Window.Position);
                return kind;
            case ExportLineKind.Message:
                Diagnostics.Error(ExportDiagnosticCodes.Truncated, "A Message: line starts before this header reached Contents:; the block is cut short.", _c.Window.Position);
                return kind;
            case ExportLineKind.Contents:
                declared = ReadContentsLine();
                return ExportLineKind.Item;
            case ExportLineKind.Item:
                Diagnostics.Warn(ExportDiagnosticCodes.ContentsMissing, "Items follow the header with no Contents: line.", _c.Window.Position);
                return ExportLineKind.Item;
            case ExportLineKind.BulletinBoard or ExportLineKind.MailingList or ExportLineKind.AddressBook:
                Diagnostics.Error(ExportDiagnosticCodes.Truncated, $"A {ExportKeywords.KeywordOf(kind)}: line starts before this header reached Contents:; the block is cut short.", _c.Window.Position);
                return kind;
            default:
                Diagnostics.Error(ExportDiagnosticCodes.Truncated, "The nested message's header ends at an empty line before Contents:.", _c.Window.Position);
                return kind;
        }
    }

    /// <summary>Reads one header, continuation or blank line inside a header, within the line and header limits.</summary>
    private void ReadHeaderLine(ExportLineKind kind, PendingHeaderLine pending)
    {
        var budget = _options.MaxHeaderBytes - pending.Counted;
        var continues = kind == ExportLineKind.Continuation && pending.Offset >= 0;
        var lineRoom = Math.Max(0, _options.MaxHeaderLineBytes - (continues ? pending.Length : 0));
        int length = 0, lineBreak = 0;
        if (!pending.OverLimit && lineRoom < budget && (kind == ExportLineKind.Other || continues) && !_c.PeekLine(lineRoom, out length, out lineBreak))
        {
            KeepTruncated(pending, continues, lineRoom);
            pending.Counted += lineRoom;
            return;
        }

        if (!pending.OverLimit && (budget <= 0 || !_c.PeekLine((int)Math.Min(budget, int.MaxValue), out length, out lineBreak)))
        {
            pending.OverLimit = true;
            pending.Flush();
            Diagnostics.Error(ExportDiagnosticCodes.HeaderTooLarge, $"The header is longer than {_options.MaxHeaderBytes} bytes (KB Q266711); the lines beyond are dropped.", _c.Window.Position);
        }

        if (pending.OverLimit)
        {
            _c.Window.SkipLine();
            return;
        }

        pending.Counted += length + lineBreak;
        var offset = _c.Window.Position;
        if (kind == ExportLineKind.Blank)
        {
            Diagnostics.Warn(ExportDiagnosticCodes.UnexpectedToken, "An empty line inside a header is ignored.", offset);
        }
        else if (kind != ExportLineKind.Continuation)
        {
            pending.Start(offset, _c.Window.Span(length));
        }
        else if (pending.Offset < 0)
        {
            Diagnostics.Warn(ExportDiagnosticCodes.UnexpectedToken, "A continuation line with no header line before it is dropped.", offset);
        }
        else
        {
            pending.Append(_c.Window.Span(length));
        }

        _c.ConsumeLine(length, lineBreak);
    }

    /// <summary>Keeps the first <paramref name="keep"/> bytes of an over-long header line (or continuation) and skips the rest of it, reporting its length.</summary>
    private void KeepTruncated(PendingHeaderLine pending, bool continues, int keep)
    {
        var offset = _c.Window.Position;
        if (continues)
        {
            pending.Append(_c.Window.Span(keep));
        }
        else
        {
            pending.Start(offset, _c.Window.Span(keep));
        }

        var field = pending.Written[..Math.Min(pending.Length, ExportKeywords.LongestKeyword + 1)];
        var colon = field.IndexOf((byte)':');
        var name = colon > 0 ? Encoding.ASCII.GetString(field[..colon]) : "header";
        var total = (continues ? pending.Length - keep : 0) + _c.Window.SkipLineMeasured();
        Diagnostics.Warn(ExportDiagnosticCodes.HeaderTruncated, string.Create(CultureInfo.InvariantCulture,
            $"The {name}: line is {total} bytes, longer than the limit of {_options.MaxHeaderLineBytes}; its first {_options.MaxHeaderLineBytes} bytes are kept."), offset);
    }

    private int ReadContentsLine()
    {
        var offset = _c.Window.Position;
        if (!_c.PeekLine(ExportCursor.MessageLineMax, out var length, out var lineBreak))
        {
            Diagnostics.Warn(ExportDiagnosticCodes.ContentsInvalid, "The Contents: line is too long to hold a count; the items present are read.", offset);
            _c.Window.SkipLine();
            return -1;
        }

        var value = Encoding.ASCII.GetString(_c.Window.Span(length)[(ExportKeywords.Contents.Length + 1)..]).Trim(' ');
        _c.ConsumeLine(length, lineBreak);
        if (value.Length is > 0 and <= 9 && value.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return int.Parse(value, CultureInfo.InvariantCulture);
        }

        Diagnostics.Warn(ExportDiagnosticCodes.ContentsInvalid, $"The Contents: count '{MessageHeaderBuilder.Excerpt(value)}' is not a number; the items present are read.", offset);
        return -1;
    }
}
