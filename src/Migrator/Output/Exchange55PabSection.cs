using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;
using MailMig.Fidelity.Migrator.Addresses;
using MailMig.Fidelity.Migrator.Lists;

namespace MailMig.Fidelity.Migrator.Output;

/*
 * docs/formats/exchange55.md, "PAB section" (a reconstruction: the Wizard's primary file had a PAB section,
 * its columns are not public). One Person row per address book entry that is not blank (KB Q250361: a
 * blank entry makes no row), one Distribution list row per mailing list, members as in MAILMESSAGE rows
 * (`Name [TYPE:address]`, a "Last, First" member included, KB Q214838). Personal data is the engine's
 * last step, so the mailbox's MIGRATE.PRI already exists: it is rewritten whole with the section in front
 * (a PAB section already there is replaced, never doubled). An owner without a file set gets one: the
 * .PKL, a .PRI with only the PAB section (no MAILMESSAGE section, KB Q194218) and an empty .SEC.
 */

/// <summary>Writes an owner's address book and mailing lists as the PAB section of the mailbox's Exchange 5.5 primary file.</summary>
public static class Exchange55PabSection
{
    /// <summary>The PAB section's column header (a reconstruction, docs/formats/exchange55.md).</summary>
    public const string Header = "Obj-class,Display-Name,E-mail-Address,Members,Comment";

    /// <summary>The <c>Obj-class</c> of an address book entry.</summary>
    public const string PersonClass = "Person";

    /// <summary>The <c>Obj-class</c> of a personal mailing list.</summary>
    public const string ListClass = "Distribution list";

    /// <summary>The section's text, CR LF line ends: the section line naming <paramref name="sourceAddress"/>, the header, then a row per entry that is not blank and per list.</summary>
    public static string Render(string sourceAddress, PersonalAddressBook? book, IReadOnlyList<PersonalMailingList> lists, AddressMapper addresses)
    {
        var text = new System.Text.StringBuilder(Exchange55Csv.Line("PAB", Exchange55Csv.Field(sourceAddress))).Append(Header).Append("\r\n");
        foreach (var entry in (book?.Entries ?? []).Where(e => !e.IsBlank))
        {
            var mapped = entry.Address is null ? null : addresses.Map(entry.Address);
            var address = mapped is null ? "" : Exchange55Csv.Field($"[{mapped.Proxy}]");
            text.Append(Exchange55Csv.Line(PersonClass, Exchange55Csv.Field(ContactCards.ContactName(entry, mapped)), address, "", Exchange55Csv.Field(entry.Comment ?? "")));
        }

        foreach (var list in lists)
        {
            var members = list.Members.Select(m => Member(addresses.Map(m)));
            text.Append(Exchange55Csv.Line(ListClass, Exchange55Csv.Field(list.Name), "", Exchange55Csv.MultiValue(members), ""));
        }

        return text.ToString();
    }

    /// <summary>Puts <paramref name="section"/> in front of the MIGRATE.PRI in <paramref name="directory"/>, or writes a file set of its own when there is none.</summary>
    public static void Write(string directory, string section, int codePage, bool flush)
    {
        codePage = CodePages.IsSupported(codePage) ? codePage : 850;
        var encoding = CodePages.Get(codePage);
        var primary = Exchange55MailboxWriter.FilePath(directory, "PRI");
        var rest = File.Exists(primary) ? WithoutPab(encoding.GetString(File.ReadAllBytes(primary))) : null;
        if (rest is null)
        {
            Directory.CreateDirectory(directory);
            DurableFiles.WriteAtomic(Exchange55MailboxWriter.FilePath(directory, "SEC"), [], flush);
            DurableFiles.WriteAtomic(Exchange55MailboxWriter.FilePath(directory, "PKL"), Exchange55MailboxWriter.PackingList(codePage), flush);
        }

        DurableFiles.WriteAtomic(primary, encoding.GetBytes(section + rest), flush);
    }

    private static string Member(MappedAddress member) =>
        string.IsNullOrEmpty(member.DisplayName) ? $"[{member.Proxy}]" : $"{member.DisplayName} [{member.Proxy}]";

    // The primary file without a leading PAB section: everything from the next section line outside quotes.
    private static string WithoutPab(string text)
    {
        if (!text.StartsWith("PAB,", StringComparison.Ordinal) && !text.StartsWith("PAB\r\n", StringComparison.Ordinal))
        {
            return text;
        }

        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && text[i] == '\n' && IsSectionLine(text.AsSpan(i + 1)))
            {
                return text[(i + 1)..];
            }
        }

        return "";
    }

    private static bool IsSectionLine(ReadOnlySpan<char> line) =>
        line.StartsWith("MAILMESSAGE", StringComparison.Ordinal) || line.StartsWith("DIRECTORY", StringComparison.Ordinal);
}
