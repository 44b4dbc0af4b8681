using System.Globalization;
using System.Text;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Export;

/*
 * Mailing list and address book blocks are keyword lines only (continuations unfolded as in a
 * header). Their lines run up to the first line that is not a keyword line: an empty line, a block
 * start, an item line, the end, or garbage with no colon, which the file reader then reports and
 * skips up to the next block, so the lines read before damage are kept and the blocks after it too.
 * A keyword the block does not know is reported and ignored; a repeated single line keeps its first.
 */

/// <summary>Reads mailing list and address book blocks after their opening line.</summary>
internal sealed class ExportListReader
{
    private readonly ExportCursor _c;
    private readonly Encoding _encoding;
    private readonly AddressParserOptions _addresses;
    private readonly int _maxLine;

    public ExportListReader(ExportBlockParts parts, AddressParserOptions addresses)
    {
        _c = parts.Cursor;
        _encoding = parts.Encoding;
        _addresses = addresses;
        _maxLine = Math.Max(1, parts.Options.MaxHeaderLineBytes);
    }

    private DiagnosticSink Diagnostics => _c.Diagnostics;

    /// <summary>Reads a mailing list into <paramref name="into"/>, owned by <paramref name="defaultOwner"/> when it names none; false when no line of it could be read.</summary>
    public bool ReadMailingList(PersonalData into, string defaultOwner, long start)
    {
        var list = new PersonalMailingList();
        var lines = new PersonalBlockLines(Diagnostics);
        while (NextLine(out var keyword, out var value, out var offset))
        {
            lines.Count++;
            if (Is(keyword, ExportKeywords.Member))
            {
                list.Members.Add(AddressParser.Parse(value, _addresses));
            }
            else if (!lines.TryCommon(keyword, value, offset) && !lines.TrySingle(keyword, ExportKeywords.Name, value, offset))
            {
                Ignored(keyword, "mailing list", offset);
            }
        }

        if (lines.Count == 0)
        {
            return false;
        }

        list.Owner = lines.OwnerOr(defaultOwner, "mailing list", start);
        list.Name = lines.Single(ExportKeywords.Name) ?? "";
        if (lines.Single(ExportKeywords.Name) is null)
        {
            Diagnostics.Error(ExportDiagnosticCodes.NameMissing, "The mailing list has no Name: line; it is kept with an empty name.", start);
        }

        lines.CheckCount(list.Members.Count, "members", start);
        into.MailingLists.Add(list);
        return true;
    }

    /// <summary>Reads an address book into <paramref name="into"/> (entries of a second book of the same owner join the first); false when no line of it could be read.</summary>
    public bool ReadAddressBook(PersonalData into, string defaultOwner, long start)
    {
        var entries = new List<AddressBookEntry>();
        var lines = new PersonalBlockLines(Diagnostics);
        var fields = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (NextLine(out var keyword, out var value, out var offset))
        {
            lines.Count++;
            if (Is(keyword, ExportKeywords.Entry))
            {
                entries.Add(new AddressBookEntry { Name = value });
                fields.Clear();
            }
            else if (Is(keyword, ExportKeywords.Address) || Is(keyword, ExportKeywords.Comment))
            {
                ApplyEntryField(entries, fields, keyword, value, offset);
            }
            else if (!lines.TryCommon(keyword, value, offset))
            {
                Ignored(keyword, "address book", offset);
            }
        }

        if (lines.Count == 0)
        {
            return false;
        }

        var owner = lines.OwnerOr(defaultOwner, "address book", start);
        lines.CheckCount(entries.Count, "entries", start);
        AddBook(into, owner, entries, start);
        return true;
    }

    private void ApplyEntryField(List<AddressBookEntry> entries, HashSet<string> fields, string keyword, string value, long offset)
    {
        if (entries.Count == 0)
        {
            Diagnostics.Error(ExportDiagnosticCodes.UnexpectedToken, $"A {keyword}: line before any Entry: line belongs to no entry; it is dropped.", offset);
            return;
        }

        if (!fields.Add(keyword))
        {
            Diagnostics.Warn(ExportDiagnosticCodes.DuplicateHeader, $"A second {keyword}: line in one entry is ignored.", offset);
            return;
        }

        var entry = entries[^1];
        if (Is(keyword, ExportKeywords.Address))
        {
            entry.Address = value.Trim().Length == 0 ? null : AddressParser.Parse(value, _addresses);
        }
        else
        {
            entry.Comment = value;
        }
    }

    private void AddBook(PersonalData into, string owner, List<AddressBookEntry> entries, long start)
    {
        if (into.AddressBooks.Find(b => b.Owner == owner) is { } earlier)
        {
            Diagnostics.Warn(ExportDiagnosticCodes.DuplicateHeader, $"A second address book of '{MessageHeaderBuilder.Excerpt(owner)}'; its entries join the first.", start);
            earlier.Entries.AddRange(entries);
            return;
        }

        into.AddressBooks.Add(new PersonalAddressBook { Owner = owner, Entries = entries });
    }

    private void Ignored(string keyword, string block, long offset) =>
        Diagnostics.Warn(ExportDiagnosticCodes.UnexpectedToken, $"A {MessageHeaderBuilder.Excerpt(keyword)}: line is not part of a {block} block; it is ignored.", offset);

    private static bool Is(string keyword, string known) => keyword.Equals(known, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the next logical keyword line of the block (continuations unfolded); false, consuming nothing, at the block's end.</summary>
    private bool NextLine(out string keyword, out string value, out long offset)
    {
        keyword = value = "";
        int length, lineBreak;
        while (true)
        {
            offset = _c.Window.Position;
            if (_c.Classify(out _) is not (ExportLineKind.Other or ExportLineKind.Contents))
            {
                return false;
            }

            if (_c.PeekLine(_maxLine, out length, out lineBreak))
            {
                break;
            }

            var total = _c.Window.SkipLineMeasured();
            Diagnostics.Error(ExportDiagnosticCodes.HeaderTruncated, string.Create(CultureInfo.InvariantCulture, $"A line of {total} bytes is longer than the limit of {_maxLine}; it is dropped."), offset);
        }

        if (_c.Window.Span(length).IndexOf((byte)':') <= 0)
        {
            return false;
        }

        var bytes = _c.Window.Span(length).ToArray();
        _c.ConsumeLine(length, lineBreak);
        while (_c.Classify(out _) == ExportLineKind.Continuation && _c.PeekLine(_maxLine - bytes.Length, out length, out lineBreak))
        {
            bytes = [.. bytes, .. _c.Window.Span(length)];
            _c.ConsumeLine(length, lineBreak);
        }

        ExportKeywords.Split(bytes, _encoding, out keyword, out value);
        return true;
    }
}
