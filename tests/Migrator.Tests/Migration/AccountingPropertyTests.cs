using CsCheck;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Migrator.Migration;
using MailMig.Fidelity.Migrator.Output;
using MailMig.Fidelity.Migrator.Sources;
using MailMig.Fidelity.Migrator.Tests.Support;

namespace MailMig.Fidelity.Migrator.Tests.Migration;

/*
 * Random in-memory post offices with random damage: unreadable records, reader recoveries, impossible and
 * missing dates, DST gaps, unsafe attachment names, hostile folder and mailbox names, arbitrary address text,
 * conversions that throw and readers that fail mid-mailbox. Whatever the damage, every source message is
 * accounted for exactly once and the run never throws.
 */
public class AccountingPropertyTests
{
    private static readonly string[] Codes = ["db8.truncated", "db8.length-from-index", "db8.dangling-offset", "export.attachment-unreadable", "export.size-spaces", "x.unknown"];
    private static readonly string[] Dates = ["11/16/98 10:30 AM", "2/31/99 10:30 AM", "4/4/99 2:30 AM", "10/31/99 1:30 AM", "garbage", "", "1/1/00 12:00 AM", "13/45/99"];
    private static readonly string[] Names = ["Inbox", "INBOX", "CON", "a/b", "..", "", " x ", "Größe", "A\\B", "a\\b", "x.eml", "nul.txt", "Message Log"];

    private static readonly Gen<string> Name = Gen.OneOf(Gen.Int[0, Names.Length - 1].Select(i => Names[i]), Gen.String[0, 12]);

    private static readonly Gen<CcAddress> Address = Gen.String[0, 40].Select(text => AddressParser.Parse(text));

    private static readonly Gen<CcItem> Item = Gen.Frequency(
        (3, Gen.String[0, 60].Select(t => (CcItem)new TextItem { Text = t })),
        (2, Gen.Select(Name, Gen.Byte.Array[0, 40]).Select((n, d) => (CcItem)new FileItem { Name = n, Data = d })),
        (1, Gen.Byte.Array[0, 10].Select(d => (CcItem)new BinaryItem { Kind = BinaryItemKind.Graphics, Data = d })),
        (1, Gen.String[0, 20].Select(s => (CcItem)new MessageItem { Message = new CcMessage { Subject = s, DateText = "bad" } })));

    private static readonly Gen<CcMessage> Message =
        Gen.Select(Gen.Int[0, Dates.Length - 1], Address.Array[0, 3], Name, Item.Array[0, 4], Gen.Bool, Gen.Int[0, 20])
        .Select((date, to, folder, items, read, roll) => new CcMessage
        {
            From = to.FirstOrDefault(),
            To = [.. to],
            Bcc = roll == 1 ? [.. to] : [],
            ReturnReceiptTo = roll == 2 ? to.FirstOrDefault() : null,
            DateText = Dates[date],
            Subject = roll == 3 ? "throw" : "subject " + roll,
            Folder = folder,
            IsRead = read,
            Items = [.. items],
        });

    private static readonly Gen<MessageRecord> Record =
        Gen.Select(Message, Gen.Int[0, 9], Gen.Int[0, Codes.Length - 1])
        .Select((message, damage, code) => new MessageRecord(0, new SourceLocation("MBOX0001.DAT", damage), 10,
            damage == 0 ? null : message,
            damage <= 2 ? [new Diagnostic(DiagnosticSeverity.Error, Codes[code], "damage")] : []));

    private static readonly Gen<(Mailbox Mailbox, IReadOnlyList<MessageRecord> Records)> MailboxGen =
        Gen.Select(Name, Name.Array[0, 3], Record.Array[0, 6]).Select((name, folders, records) =>
            (new Mailbox { Name = name, Folders = [.. folders] },
             (IReadOnlyList<MessageRecord>)records.Select((r, i) => r with { Index = i + 1 }).ToList()));

    private static readonly Gen<(List<(Mailbox Mailbox, IReadOnlyList<MessageRecord> Records)> Mailboxes, int FailAt, OutputTarget Target)> PostOffices =
        // The file targets; the server target is checked against a real Dovecot (tests/Cli.Tests/Imap).
        Gen.Select(MailboxGen.List[0, 4], Gen.Int[0, 8], Gen.Enum<OutputTarget>().Where(t => t != OutputTarget.Imap));

    [Fact]
    public void EveryMessageIsAccountedForWhateverTheDamage()
    {
        PostOffices.Sample((mailboxes, failAt, target) =>
        {
            using var output = new TempDirectory();
            var source = new InMemorySource(TestMessages.Office("Europe/Berlin"), mailboxes);
            source.BeforeRecord = (mailbox, record) =>
            {
                if (record.Index == failAt && mailbox.Name.Length % 2 == 0)
                {
                    throw new IOException("reader failed");
                }
            };
            var report = Migrating.Run(source, output.Path, target, o => o with
            {
                MaxParallelism = 2,
                FlushToDisk = false,
                BeforeConvert = (_, m) =>
                {
                    if (m.Subject == "throw")
                    {
                        throw new InvalidOperationException("injected");
                    }
                },
            });

            var expected = mailboxes.Sum(m => m.Records.Count);
            Assert.True(report.Complete);
            Assert.Equal(expected, report.Totals.Source);
            Assert.Equal(report.Totals.Source, report.Totals.Migrated + report.Totals.Repaired + report.Totals.Skipped);
            Assert.Equal(report.Totals.Repaired, report.Repaired.Sum(r => r.Count));
            Assert.Equal(report.Totals.Skipped, report.Skipped.Sum(s => s.Count));
            for (var i = 0; i < mailboxes.Count; i++)
            {
                var line = report.Mailboxes[i];
                Assert.Equal(mailboxes[i].Records.Count, line.Source);
                Assert.Equal(line.Source, line.Migrated + line.Repaired + line.Skipped);
            }

            var unique = mailboxes.GroupBy(m => m.Mailbox.Name).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet();
            var accounted = report.Repaired.SelectMany(r => Enumerable.Range(r.Index, r.Count).Select(i => (r.Mailbox, Index: i)))
                .Concat(report.Skipped.SelectMany(s => Enumerable.Range(s.Index, s.Count).Select(i => (s.Mailbox, Index: i)))).Where(x => unique.Contains(x.Mailbox)).ToList();
            Assert.Equal(accounted.Count, accounted.Distinct().Count());
            Assert.Equal(report.Mailboxes.Count, report.Mailboxes.Select(m => m.Path).Distinct(StringComparer.OrdinalIgnoreCase).Count());
            if (target == OutputTarget.Eml)
            {
                Assert.Equal(report.Totals.Migrated + report.Totals.Repaired, Directory.EnumerateFiles(output.Path, "*.eml", SearchOption.AllDirectories).Count());
            }
        }, iter: 2000, threads: 2);
    }
}
