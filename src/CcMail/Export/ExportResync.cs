namespace MailMig.Fidelity.CcMail.Export;

/*
 * Only when an item's size does not check does the parser look for the next plausible boundary:
 * an item line whose size starts with a digit, or a "Message:" line followed by a header line,
 * preferring the block end the Message: size points to when that is a real block start. Every
 * step consumes at least one line, so damage can slow the reader down but never stop it, and data
 * past the item cap is dropped with a diagnostic instead of being held in memory.
 */

/// <summary>Finds where damaged data ends: the next item line, block start or the end of input.</summary>
internal sealed class ExportResync
{
    private readonly ExportCursor _c;
    private readonly int _maxItem;

    public ExportResync(ExportCursor cursor, int maxItem)
    {
        _c = cursor;
        _maxItem = maxItem;
    }

    /// <summary>Skips the line at the current position and every line after it up to a plausible block start or the end.</summary>
    public long SkipToNextBlock()
    {
        var w = _c.Window;
        var start = w.Position;
        do
        {
            w.SkipLine();
        }
        while (!w.AtEnd && !_c.IsPlausibleBlockStart(0));
        return w.Position - start;
    }

    /// <summary>Takes the bytes up to the next plausible boundary (item line, block start, end) as an item's data.</summary>
    public (byte[] Data, bool AtEnd) Recover(long hint, int depth)
    {
        var w = _c.Window;
        var useHint = depth == 0 && hint > w.Position && hint - w.Position <= _maxItem && IsBlockStartAt(hint - w.Position);
        var scan = 0;
        while (true)
        {
            var lf = w.IndexOf((byte)'\n', scan, _maxItem + 1);
            if (lf < 0)
            {
                if (w.Buffered <= _maxItem)
                {
                    var all = w.Buffered;
                    var rest = w.Span(all).ToArray();
                    w.Advance(all);
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
                var lineBreak = lf > 0 && w[lf - 1] == (byte)'\r' ? 2 : 1;
                var data = w.Span(next - lineBreak).ToArray();
                w.Advance(next);
                _c.LoneLineFeeds += lineBreak == 1 ? 1 : 0;
                return (data, w.AtEnd);
            }

            scan = next;
        }
    }

    private byte[] TakeCapped(long hint, int depth)
    {
        var w = _c.Window;
        var data = w.Span(_maxItem).ToArray();
        w.Advance(_maxItem);
        _c.Diagnostics.Error(ExportDiagnosticCodes.ItemTooLarge, $"Damaged data runs past {_maxItem} bytes; the rest up to the next item or block is dropped.", w.Position);
        do
        {
            w.SkipLine();
        }
        while (!w.AtEnd && !IsBoundaryAt(0, depth == 0 && hint > w.Position ? hint : -1));
        return data;
    }

    private bool IsBoundaryAt(int index, long hint)
    {
        var w = _c.Window;
        var available = w.Fill(index + ExportCursor.MessageLineMax + ExportCursor.PrefixLength);
        if (available <= index)
        {
            return true;
        }

        var kind = _c.ClassifyAt(index, out _);
        if (kind == ExportLineKind.Item)
        {
            var prefix = w.Span(index, Math.Min(available - index, ExportCursor.PrefixLength + 8));
            var colon = prefix.IndexOf((byte)':');
            var after = prefix[(colon + 1)..].TrimStart((byte)' ');
            return after.Length > 0 && char.IsAsciiDigit((char)after[0]);
        }

        if (ExportKeywords.IsPersonalBlock(kind))
        {
            return _c.IsPlausibleBlockStart(index);
        }

        if (kind != ExportLineKind.Message)
        {
            return false;
        }

        var position = w.Position + index;
        return hint < 0 ? _c.IsPlausibleBlockStart(index) : position == hint || (position > hint && _c.IsPlausibleBlockStart(index));
    }

    private bool IsBlockStartAt(long index)
    {
        var at = (int)index;
        var available = _c.Window.Fill(at + ExportCursor.PrefixLength);
        return available == at || (available > at && _c.Window[at - 1] == (byte)'\n' && _c.ClassifyAt(at, out _) == ExportLineKind.Message);
    }
}
