// Why: every source message ends as exactly one of migrated, repaired or skipped (output.md,
// "Repairs and skips"); this walks the mailboxes in source order and accounts for each record.
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Addresses;
using MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Dates;
using MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Layout;
using MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Mime;
using MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Report;
using MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Source;

namespace MailMig.Fidelity.Fixtures.DocsOnlyMigrator;

/// <summary>Migrates one opened source into an output folder and writes the report.</summary>
public sealed class MigrationRun(MigrationInput input, string outDir, ReportWriter report)
{
    private readonly MessageWriter _writer = NewWriter(input);

    /// <summary>Migrates every mailbox; true when nothing was skipped.</summary>
    public bool Execute()
    {
        Directory.CreateDirectory(outDir);
        report.Write(outDir, complete: false);
        var mailboxes = new SiblingSegments();
        foreach (var mailbox in input.Mailboxes)
        {
            MigrateMailbox(mailbox, mailboxes.ForMailbox(mailbox.Name));
        }

        foreach (var diagnostic in input.Diagnostics)
        {
            report.Diagnostic(diagnostic);
        }

        report.Write(outDir, complete: true);
        return !report.AnySkipped;
    }

    private void MigrateMailbox(InputMailbox mailbox, string segment)
    {
        var tally = report.AddMailbox(mailbox.Name, segment);
        var root = Path.Combine(outDir, segment);
        var folders = new FolderTree();
        Directory.CreateDirectory(root);
        foreach (var folder in mailbox.Folders)
        {
            Directory.CreateDirectory(Path.Combine(root, folders.PathOf(folder)));
        }

        var last = 0;
        try
        {
            foreach (var record in mailbox.Records())
            {
                last = record.Index;
                MigrateRecord(mailbox.Name, record, Path.Combine(root, folders.PathOf(record.Message?.Folder ?? "")), tally);
            }
        }
        catch (Exception e) when (e is IOException or CcMailFormatException or InvalidDataException)
        {
            report.Diagnostic(new Diagnostic(DiagnosticSeverity.Error, "migrate.source-failed", $"reading mailbox '{mailbox.Name}' failed after message {last}: {e.Message}"));
            for (var index = last + 1; index <= (mailbox.Announced ?? last); index++)
            {
                Skip(mailbox.Name, index, "source-unreadable", "the reader failed before this message", new SourceLocation("", 0), tally);
            }
        }
    }

    private void MigrateRecord(string mailbox, MessageRecord record, string directory, MailboxTally tally)
    {
        if (record.Message is null)
        {
            var reason = record.Diagnostics.Any(d => d.Code == "db8.truncated") ? "db8-truncated" : "source-unreadable";
            var first = record.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) ?? record.Diagnostics.FirstOrDefault();
            Skip(mailbox, record.Index, reason, first is null ? "nothing could be read" : $"{first.Code}: {first.Message}", record.Location, tally);
            return;
        }

        try
        {
            var dropped = input.UnreadableItems(record);
            var readerRepairs = ReaderRepairs(record).Concat(dropped.Count > 0 ? ["attachment-unreadable"] : Array.Empty<string>());
            var repairs = _writer.Write(record, mailbox, input.SourceFile(record), dropped, readerRepairs, directory);
            if (repairs.Count == 0)
            {
                tally.Migrated++;
                return;
            }

            tally.Repaired++;
            report.Repaired(new MessageOutcome(mailbox, record.Index, repairs, null, null, record.Location));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Skip(mailbox, record.Index, "unexpected-error", $"{e.GetType().Name}: {e.Message}", record.Location, tally);
        }
    }

    private static IEnumerable<string> ReaderRepairs(MessageRecord record) =>
        record.Diagnostics.Select(d => d.Code switch
        {
            "db8.length-from-index" => "db8-length-from-index",
            "db8.dangling-offset" => "db8-record-found-by-walk",
            _ => null,
        }).OfType<string>();

    private void Skip(string mailbox, int index, string reason, string detail, SourceLocation location, MailboxTally tally)
    {
        tally.Skipped++;
        report.Skipped(new MessageOutcome(mailbox, index, [], reason, detail, location));
    }

    private static MessageWriter NewWriter(MigrationInput input)
    {
        var domain = OrgDomain.From(input.PostOffice);
        var builder = new MessageBuilder(new AddressMapper(input.PostOffice, domain), new MessageDate(new ZonedDate(input.Zone)));
        return new MessageWriter(builder, input.PostOffice, domain);
    }
}
