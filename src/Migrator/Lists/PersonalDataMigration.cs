using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;
using MailMig.Fidelity.Migrator.Addresses;
using MailMig.Fidelity.Migrator.Conversion;
using MailMig.Fidelity.Migrator.Migration;
using MailMig.Fidelity.Migrator.Output;

namespace MailMig.Fidelity.Migrator.Lists;

/*
 * The step after the mailboxes: bulletin boards to public folders, address books and mailing lists to
 * one vCard file per owner, <out>/<owner's mailbox segment>/%contacts.vcf ("%c" is no encoded segment,
 * so the name never meets a folder); with the exchange55 target also as the PAB section of the owner's MIGRATE.PRI
 * (Output/Exchange55PabSection.cs). None of it counts in the report's totals, which count mailbox
 * messages; the report's personalData section accounts for it (docs/formats/migration-report.md).
 */

/// <summary>Migrates a post office's bulletin boards, mailing lists and address books beside its mailboxes.</summary>
public static class PersonalDataMigration
{
    /// <summary>The file name of an owner's contacts and groups inside the owner's mailbox folder.</summary>
    public const string ContactsFile = "%contacts.vcf";

    /// <summary>Writes <paramref name="data"/> into <paramref name="outputDirectory"/>; <paramref name="mailboxSegments"/> maps each migrated mailbox to its segment; <paramref name="exchange55CodePage"/> is the post office's code page when the target is exchange55, else null.</summary>
    public static PersonalDataReport? Run(PersonalData data, string outputDirectory, IReadOnlyDictionary<string, string> mailboxSegments,
        string postOffice, AddressMapper addresses, DateConverter dates, bool flush, int? exchange55CodePage = null)
    {
        if (data.IsEmpty)
        {
            return null;
        }

        var source = Db8PersonalDataLayout.File + "@0";
        var boards = BulletinBoardWriter.Write(outputDirectory, data.BulletinBoards,
            (board, index) => new ConversionContext(postOffice, board, index, source, addresses, dates, []), flush);
        var contacts = new List<ContactsReport>();
        var others = new SiblingSegments();
        foreach (var segment in mailboxSegments.Values)
        {
            others.Allocate(segment);
        }

        var owners = data.AddressBooks.Select(b => b.Owner).Concat(data.MailingLists.Select(l => l.Owner)).Distinct(StringComparer.Ordinal);
        foreach (var owner in owners)
        {
            var segment = mailboxSegments.TryGetValue(owner, out var known) ? known : others.AllocateNew(owner);
            var book = data.AddressBooks.FirstOrDefault(b => b.Owner == owner);
            List<PersonalMailingList> lists = [.. data.MailingLists.Where(l => l.Owner == owner)];
            var (bytes, count, groups, blank) = ContactCards.Render(book, lists, addresses);
            Directory.CreateDirectory(Path.Combine(outputDirectory, segment));
            DurableFiles.WriteAtomic(Path.Combine(outputDirectory, segment, ContactsFile), bytes, flush);
            if (exchange55CodePage is { } codePage)
            {
                var section = Exchange55PabSection.Render(Exchange55MailboxWriter.SourceAddress(owner, postOffice), book, lists, addresses);
                Exchange55PabSection.Write(Path.Combine(outputDirectory, segment), section, codePage, flush);
            }

            contacts.Add(new ContactsReport(owner, segment + "/" + ContactsFile, count, groups, blank));
        }

        return new PersonalDataReport(boards, contacts);
    }
}
