using System.Buffers.Binary;
using System.Text;
using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Migrator.Conversion;
using MailMig.Fidelity.Migrator.Migration;
using MailMig.Fidelity.Migrator.Output;
using MailMig.Fidelity.Migrator.Sources;
using MailMig.Fidelity.Migrator.Tests.Migration;
using MailMig.Fidelity.Migrator.Tests.Support;

namespace MailMig.Fidelity.Migrator.Tests.Sources;

public class Db8SourceTests
{
    [Fact]
    public void APostOfficeOnDiskMigratesLikeTheSameOneInMemory()
    {
        using var work = new TempDirectory();
        var office = MigrationEngineTests.SamplePostOffice();
        Db8Writer.Write(office, work.Combine("po"));
        Migrating.Run(new InMemorySource(MigrationEngineTests.SamplePostOffice()), work.Combine("memory"));
        using (var source = MigrationSources.Open(work.Combine("po")))
        {
            Assert.IsType<Db8Source>(source);
            var report = Migrating.Run(source, work.Combine("db8"));
            Assert.Equal(("db8", 7, 0), (report.SourceKind, report.Totals.Source, report.Totals.Skipped));
        }

        var db8 = Migrating.AssertSameMessagesExceptSource(work.Combine("memory"), work.Combine("db8"));

        Assert.Contains("X-MailMig-Source: CCPOMS@", Encoding.UTF8.GetString(db8[Path.Combine("Smith, Grover", "Inbox", "000001.eml")]), StringComparison.Ordinal);
    }

    [Fact]
    public void StoreDamageBecomesRepairsAndSkipsWithLocations()
    {
        using var work = new TempDirectory();
        var directory = work.Combine("po");
        var records = new List<Db8WrittenRecord>();
        using (var writer = new Db8Writer(directory, "FERGUSON", 850, "America/New_York"))
        {
            foreach (var name in new[] { "Smith, Grover", "Doe, Jane" })
            {
                writer.BeginMailbox(name, [.. SystemFolders.All]);
                for (var i = 1; i <= 3; i++)
                {
                    records.Add(writer.WriteMessage(TestMessages.Simple($"{name} {i}")));
                }

                writer.EndMailbox();
            }

            writer.Complete();
        }

        var store = Path.Combine(directory, records[0].File);
        var bytes = File.ReadAllBytes(store);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan((int)records[1].Offset + 4), 0xFFFFFF);
        var index = File.ReadAllBytes(Path.Combine(directory, records[3].IndexFile));
        BinaryPrimitives.WriteUInt64LittleEndian(index.AsSpan((int)records[3].IndexOffset + 32), 1UL << 40);
        File.WriteAllBytes(Path.Combine(directory, records[3].IndexFile), index);
        File.WriteAllBytes(store, bytes[..(int)(records[5].Offset + (records[5].Length / 2))]);

        using var source = new Db8Source(directory);
        var report = Migrating.Run(source, work.Combine("out"));

        Assert.Equal(new ReportTotals(6, 3, 2, 1), report.Totals);
        Assert.Equal([("Smith, Grover", 2, RepairIds.Db8LengthFromIndex), ("Doe, Jane", 1, RepairIds.Db8RecordFoundByWalk)],
            report.Repaired.Select(r => (r.Mailbox, r.Index, Assert.Single(r.Repairs))).ToList());
        var skipped = Assert.Single(report.Skipped);
        Assert.Equal(("Doe, Jane", 3, SkipReasons.Db8Truncated, "CCPOMS"), (skipped.Mailbox, skipped.Index, skipped.Reason, skipped.Location.File));
        Assert.Equal(records[5].Offset, skipped.Location.Offset);
        Assert.Equal(records[1].Offset, report.Repaired[0].Location.Offset);
    }

    [Fact]
    public void MailboxesAreReadInParallelWithoutMixingUp()
    {
        using var work = new TempDirectory();
        var mailboxes = Enumerable.Range(1, 12).Select(m => TestMessages.Mailbox($"User {m}",
            Enumerable.Range(1, 20).Select(i => TestMessages.Simple($"user {m} message {i}")).ToArray())).ToArray();
        Db8Writer.Write(TestMessages.Office("UTC", mailboxes), work.Combine("po"));
        using var source = new Db8Source(work.Combine("po"));
        var report = Migrating.Run(source, work.Combine("out"), OutputTarget.Mbox, o => o with { MaxParallelism = 4 });
        Assert.Equal(240, report.Totals.Migrated);
        for (var m = 1; m <= 12; m++)
        {
            var text = File.ReadAllText(work.Combine("out", $"User {m}", "Inbox.mbox"));
            Assert.Equal(20, text.Split($"Subject: user {m} message ").Length - 1);
        }
    }
}
