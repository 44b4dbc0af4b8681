/*
 * The Migration Wizard never read a DB8 store itself: it ran EXPORT.EXE once per mailbox and parsed
 * the text (KB Q186740, Q194869). This exporter plays EXPORT.EXE's part, so a post office can be fed
 * to anything that reads export text, and the two readers can be checked against each other.
 */
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>Exports the mailboxes of a DB8 post office to export text, one file per mailbox, as EXPORT.EXE did.</summary>
public static class Db8Exporter
{
    /// <summary>Writes <paramref name="mailbox"/> of <paramref name="reader"/> as export text to <paramref name="output"/> (left open).</summary>
    public static Db8ExportResult ExportMailbox(Db8Reader reader, Db8MailboxInfo mailbox, Stream output, bool lfOnly = false)
    {
        var postOffice = reader.PostOffice;
        using var writer = new ExportWriter(output, new ExportWriterOptions { CodePage = postOffice.CodePage, LfOnly = lfOnly }, leaveOpen: true);
        writer.WriteHeader(new ExportFileHeader { Mailbox = mailbox.Name, PostOffice = postOffice.Name, CodePage = postOffice.CodePage });
        var exported = 0;
        var unreadable = new List<MessageRecord>();
        foreach (var record in reader.ReadMessages(mailbox))
        {
            if (record.Message is null)
            {
                unreadable.Add(record);
                continue;
            }

            try
            {
                writer.WriteMessage(record.Message);
                exported++;
            }
            catch (ArgumentException e)
            {
                // The writer refuses, before writing a byte, a message export text cannot carry faithfully.
                var refused = new Diagnostic(DiagnosticSeverity.Error, Db8DiagnosticCodes.ExportRefused, e.Message, record.Location.File, record.Location.Offset);
                unreadable.Add(record with { Diagnostics = [.. record.Diagnostics, refused] });
            }
        }

        return new Db8ExportResult(mailbox.Name, null, exported, unreadable);
    }

    /// <summary>Exports every mailbox of the post office in <paramref name="postOfficeDirectory"/> into <paramref name="outputDirectory"/> as <c>MBX&lt;id&gt;.EXP</c> files.</summary>
    public static IReadOnlyList<Db8ExportResult> ExportAll(string postOfficeDirectory, string outputDirectory)
    {
        System.IO.Directory.CreateDirectory(outputDirectory);
        using var reader = new Db8Reader(postOfficeDirectory);
        var results = new List<Db8ExportResult>();
        foreach (var mailbox in reader.Mailboxes)
        {
            var path = Path.Combine(outputDirectory, FileNameFor(mailbox));
            using var stream = File.Create(path);
            results.Add(ExportMailbox(reader, mailbox, stream) with { File = path });
        }

        return results;
    }

    /// <summary>The export file name of <paramref name="mailbox"/>: its store id in 8.3 form, whatever characters its name has.</summary>
    public static string FileNameFor(Db8MailboxInfo mailbox) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"MBX{mailbox.Id:D5}.EXP");
}
