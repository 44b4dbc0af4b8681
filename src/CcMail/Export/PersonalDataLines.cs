using System.Globalization;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Export;

/*
 * Mailing lists and address books are lines, no items: Owner:, then Name: for a list, Contents: with
 * the count, then one Member: per member, or per entry an Entry: line (the name, possibly empty)
 * followed by Address: only when the entry has an address and Comment: only when it has a comment,
 * so a missing address or comment (null) reads back as missing and an empty one as empty.
 */

/// <summary>Builds the lines of mailing list and address book blocks (docs/formats/export.md, "Personal data").</summary>
internal static class PersonalDataLines
{
    /// <summary>Appends a list's Owner:, Name:, Contents: and Member: lines to <paramref name="b"/>.</summary>
    public static ExportBlockBuilder MailingList(ExportBlockBuilder b, PersonalMailingList list)
    {
        b.Line(ExportKeywords.Owner, ExportKeywords.Owner, list.Owner);
        b.Line(ExportKeywords.Name, ExportKeywords.Name, list.Name);
        b.Line(ExportKeywords.Contents, ExportKeywords.Contents, list.Members.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var member in list.Members)
        {
            b.Line(ExportKeywords.Member, ExportKeywords.Member, member.Raw);
        }

        return b;
    }

    /// <summary>Appends a book's Owner:, Contents: and per entry its Entry:, Address: and Comment: lines to <paramref name="b"/>.</summary>
    public static ExportBlockBuilder AddressBook(ExportBlockBuilder b, PersonalAddressBook book)
    {
        b.Line(ExportKeywords.Owner, ExportKeywords.Owner, book.Owner);
        b.Line(ExportKeywords.Contents, ExportKeywords.Contents, book.Entries.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var entry in book.Entries)
        {
            b.Line(ExportKeywords.Entry, ExportKeywords.Entry, entry.Name);
            if (entry.Address is { } address)
            {
                b.Line(ExportKeywords.Address, ExportKeywords.Address, address.Raw);
            }

            if (entry.Comment is { } comment)
            {
                b.Line(ExportKeywords.Comment, ExportKeywords.Comment, comment);
            }
        }

        return b;
    }
}
