namespace MailMig.Fidelity.CcMail.Export;

/*
 * The line layer every part of the block parser shares: it classifies a line by its first bytes,
 * measures and consumes lines, and counts the lone LF line ends it consumes, because the grammar
 * counts a LF without a CR before it as two bytes (files converted to LF line ends) and the
 * Message: size check needs that count. The diagnostics in force belong to the block being read.
 */

/// <summary>Classifies, measures and consumes the lines of an export file for the block parser.</summary>
internal sealed class ExportCursor
{
    /// <summary>The longest Message: or Contents: line that can still hold a number.</summary>
    public const int MessageLineMax = 256;

    /// <summary>How many bytes of a line decide its kind: the longest keyword, its colon and a space.</summary>
    public const int PrefixLength = ExportKeywords.LongestKeyword + 2;

    public ExportCursor(ByteWindow window, DiagnosticSink diagnostics)
    {
        Window = window;
        Diagnostics = diagnostics;
    }

    /// <summary>The bytes being read.</summary>
    public ByteWindow Window { get; }

    /// <summary>Where the current block's diagnostics go.</summary>
    public DiagnosticSink Diagnostics { get; set; }

    /// <summary>How many lone LF line ends were consumed so far.</summary>
    public long LoneLineFeeds { get; set; }

    /// <summary>Classifies the line at the current position by its first bytes.</summary>
    public ExportLineKind Classify(out ExportItemType item) => ClassifyAt(0, out item);

    /// <summary>Classifies the line starting <paramref name="index"/> bytes after the current position.</summary>
    public ExportLineKind ClassifyAt(int index, out ExportItemType item)
    {
        item = ExportItemType.None;
        var available = Window.Fill(index + PrefixLength) - index;
        if (available <= 0)
        {
            return ExportLineKind.End;
        }

        var prefix = Window.Span(index, Math.Min(available, PrefixLength));
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

        foreach (var (keyword, kind) in ExportKeywords.PersonalBlocks)
        {
            if (ExportKeywords.Starts(prefix, keyword))
            {
                return kind;
            }
        }

        item = ExportKeywords.ItemTypeOf(ExportKeywords.KeywordOf(prefix));
        return item == ExportItemType.None ? ExportLineKind.Other : ExportLineKind.Item;
    }

    /// <summary>Whether a <c>Message:</c> line at <paramref name="index"/> is followed by a header line of the grammar, or a personal-data block's opening line by one of its lines.</summary>
    public bool IsPlausibleBlockStart(int index)
    {
        var kind = ClassifyAt(index, out _);
        if (kind != ExportLineKind.Message && !ExportKeywords.IsPersonalBlock(kind))
        {
            return false;
        }

        var lf = Window.IndexOf((byte)'\n', index, index + MessageLineMax);
        if (lf < 0)
        {
            return false;
        }

        var available = Window.Fill(lf + 1 + PrefixLength);
        var next = Window.Span(lf + 1, Math.Min(available - lf - 1, PrefixLength));
        var keyword = ExportKeywords.KeywordOf(next);
        return kind == ExportLineKind.Message ? ExportKeywords.IsBlockHeader(keyword) : ExportKeywords.IsPersonalHeader(keyword);
    }

    /// <summary>Finds the line at the position: its length without the line break and the break's length (0 at the end); false when it is longer than <paramref name="max"/>.</summary>
    public bool PeekLine(int max, out int length, out int lineBreak)
    {
        var lf = Window.IndexOf((byte)'\n', 0, Math.Min(max, int.MaxValue - 1) + 1);
        if (lf >= 0)
        {
            lineBreak = lf > 0 && Window[lf - 1] == (byte)'\r' ? 2 : 1;
            length = lf + 1 - lineBreak;
            return true;
        }

        length = Window.Buffered;
        lineBreak = 0;
        return length <= max;
    }

    /// <summary>Consumes a line measured by <see cref="PeekLine"/>.</summary>
    public void ConsumeLine(int length, int lineBreak)
    {
        Window.Advance(length + lineBreak);
        LoneLineFeeds += lineBreak == 1 ? 1 : 0;
    }

    /// <summary>The length of the line break at <paramref name="index"/> (1 LF, 2 CR LF), 0 at the end of input, -1 for none.</summary>
    public int BreakAt(int index, int available)
    {
        if (index < available)
        {
            return Window[index] == (byte)'\n' ? 1
                : Window[index] == (byte)'\r' && index + 1 < available && Window[index + 1] == (byte)'\n' ? 2 : -1;
        }

        return index == available && Window.Fill(index + 1) == index ? 0 : -1;
    }

    /// <summary>Consumes an item's data and the line break after it, reporting a missing one at the end of input.</summary>
    public void Consume(int dataLength, int lineBreak)
    {
        if (lineBreak == 0)
        {
            Diagnostics.Warn(ExportDiagnosticCodes.MissingLineBreak, "The input ends right after an item's data, with no line break.", Window.Position + dataLength);
        }

        Window.Advance(dataLength + lineBreak);
        LoneLineFeeds += lineBreak == 1 ? 1 : 0;
    }
}
