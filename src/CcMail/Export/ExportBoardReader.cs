using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Export;

/*
 * A bulletin-board block is shaped like a message block whose header is Name: and whose items are
 * Message items, one per board message (docs/formats/export.md, "Personal data"), so it is read by
 * the same header and item readers and inherits their damage handling: sizes delimit the messages,
 * a wrong size is recovered, nothing is lost silently. A board message counts as one level of
 * nesting. What is not a board's (message header fields, other items) is reported and dropped.
 */

/// <summary>Reads a bulletin-board block after its opening line.</summary>
internal sealed class ExportBoardReader
{
    private readonly ExportCursor _c;
    private readonly ExportHeaderReader _header;
    private readonly ExportItemReader _items;
    private readonly AddressParserOptions _addresses;
    private readonly ExportReaderOptions _options;

    public ExportBoardReader(ExportBlockParts parts, ExportItemReader items, AddressParserOptions addresses)
    {
        _c = parts.Cursor;
        _header = parts.Header;
        _items = items;
        _addresses = addresses;
        _options = parts.Options;
    }

    /// <summary>Reads the board into <paramref name="into"/>; <paramref name="number"/> names it when its name is missing; false when nothing of it could be read.</summary>
    public bool Read(PersonalData into, int number, long start, long hint)
    {
        var scratch = new CcMessage();
        var builder = new MessageHeaderBuilder(scratch, _c.Diagnostics, _addresses, _options.Dates);
        var end = _header.ReadHeader(builder, 0, out var declared);
        if (end == ExportLineKind.Item)
        {
            _items.ReadItems(scratch, 0, hint, declared);
        }

        var name = scratch.ExtraHeaders.Find(h => h.Keyword.Equals(ExportKeywords.Name, StringComparison.OrdinalIgnoreCase));
        if (name is null && end != ExportLineKind.Item)
        {
            return false;
        }

        ReportForeignLines(scratch, name, builder.SawKnownHeader, start);
        var board = new BulletinBoard { Name = name?.Value ?? $"bulletin-board-{number}" };
        if (name is null)
        {
            _c.Diagnostics.Error(ExportDiagnosticCodes.NameMissing, $"The bulletin board has no Name: line; it is kept as '{board.Name}'.", start);
        }

        foreach (var item in scratch.Items)
        {
            if (item is MessageItem message)
            {
                board.Messages.Add(message.Message);
            }
            else
            {
                _c.Diagnostics.Error(ExportDiagnosticCodes.UnexpectedToken, $"A bulletin board holds only Message items; a {item.GetType().Name} is dropped.", start);
            }
        }

        into.BulletinBoards.Add(board);
        return true;
    }

    private void ReportForeignLines(CcMessage scratch, CcHeader? name, bool sawMessageHeader, long start)
    {
        if (sawMessageHeader)
        {
            _c.Diagnostics.Warn(ExportDiagnosticCodes.UnexpectedToken, "Message header lines in a bulletin board block are ignored.", start);
        }

        foreach (var extra in scratch.ExtraHeaders.Where(h => !ReferenceEquals(h, name)))
        {
            _c.Diagnostics.Warn(ExportDiagnosticCodes.UnexpectedToken, $"The line '{MessageHeaderBuilder.Excerpt(extra.Keyword)}: {MessageHeaderBuilder.Excerpt(extra.Value)}' in a bulletin board block is ignored.", start);
        }
    }
}
