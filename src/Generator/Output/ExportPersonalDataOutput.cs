using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.Generator.Output;

/*
 * The export form of a post office's personal data (docs/formats/export.md, "Personal data"): each
 * owner's mailing lists and address book go after the messages of the owner's own export file, in the
 * line ends and code page that file was written in; the bulletin boards, which belong to the post
 * office and to no mailbox, go into one post-office export file with no Mailbox: line. Written only
 * when the run has personal data, so every other export file keeps its bytes.
 */

/// <summary>Appends mailing lists and address books to the mailboxes' export files and writes the post-office export of bulletin boards.</summary>
public static class ExportPersonalDataOutput
{
    /// <summary>Writes <paramref name="data"/> under <paramref name="root"/>; <paramref name="mailboxes"/> names each mailbox's export file and the options it was written with.</summary>
    public static void Write(string root, PersonalData data, IReadOnlyList<(string Mailbox, string RelativePath, ExportWriterOptions Options)> mailboxes,
        string postOffice, string exported, int codePage)
    {
        var owned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (mailbox, relativePath, options) in mailboxes)
        {
            var lists = data.MailingLists.Where(l => l.Owner == mailbox).ToList();
            var books = data.AddressBooks.Where(b => b.Owner == mailbox).ToList();
            if (lists.Count + books.Count == 0 || !owned.Add(mailbox))
            {
                continue;
            }

            using var writer = new ExportWriter(new FileStream(Path.Combine(root, relativePath), FileMode.Append, FileAccess.Write, FileShare.None), options);
            lists.ForEach(l => writer.WriteMailingList(l));
            books.ForEach(b => writer.WriteAddressBook(b));
        }

        var orphanLists = data.MailingLists.Where(l => !owned.Contains(l.Owner)).ToList();
        var orphanBooks = data.AddressBooks.Where(b => !owned.Contains(b.Owner)).ToList();
        if (data.BulletinBoards.Count + orphanLists.Count + orphanBooks.Count == 0)
        {
            return;
        }

        // Lists and books of an owner with no export file of its own keep their Owner: line in the post-office export.
        var path = Path.Combine(root, OutputLayout.PostOfficeExportFile);
        using var boards = new ExportWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None), new ExportWriterOptions { CodePage = codePage });
        boards.WriteHeader(new ExportFileHeader { PostOffice = postOffice, CodePage = codePage, Exported = exported });
        data.BulletinBoards.ForEach(b => boards.WriteBulletinBoard(b));
        orphanLists.ForEach(l => boards.WriteMailingList(l));
        orphanBooks.ForEach(b => boards.WriteAddressBook(b));
    }
}
