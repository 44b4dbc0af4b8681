using System.Text;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Migrator.Conversion;
using MailMig.Fidelity.Migrator.Output;
using MailMig.Fidelity.Migrator.Sources;
using MailMig.Fidelity.Migrator.Tests.Migration;
using MailMig.Fidelity.Migrator.Tests.Support;
using MimeKit;

namespace MailMig.Fidelity.Migrator.Tests.Sources;

public class ExportSourceTests
{
    private static string Write(string path, string? mailbox, IEnumerable<CcMessage> messages, Func<CcMessage, ExportBlockStyle>? style = null, Action<ExportWriter>? between = null)
    {
        using var writer = new ExportWriter(File.Create(path));
        writer.WriteHeader(new ExportFileHeader { Mailbox = mailbox, PostOffice = TestMessages.PostOffice });
        foreach (var message in messages)
        {
            between?.Invoke(writer);
            writer.WriteMessage(message, style?.Invoke(message));
        }

        return path;
    }

    [Fact]
    public void AnExportFileMigratesLikeTheSameMailboxInMemory()
    {
        using var work = new TempDirectory();
        var mailbox = MigrationEngineTests.SamplePostOffice().Mailboxes[0];
        var path = Write(work.Combine("grover.txt"), mailbox.Name, mailbox.Messages);
        Migrating.Run(new InMemorySource(TestMessages.Office("America/New_York", MigrationEngineTests.SamplePostOffice().Mailboxes[0])), work.Combine("memory"));
        using (var source = MigrationSources.Open(path, "America/New_York"))
        {
            Assert.IsType<ExportSource>(source);
            var report = Migrating.Run(source, work.Combine("export"));
            Assert.Equal(("export", 4, 0), (report.SourceKind, report.Totals.Source, report.Totals.Skipped));
            Assert.DoesNotContain(report.Diagnostics, d => d.Code == ExportSource.TimeZoneAssumedCode);
        }

        var export = Migrating.AssertSameMessagesExceptSource(work.Combine("memory"), work.Combine("export"));

        Assert.Contains("X-MailMig-Source: grover.txt@", Encoding.UTF8.GetString(export[Path.Combine("Smith, Grover", "Inbox", "000001.eml")]), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutATimeZoneLocalTimesAreUtcAndTheReportWarns()
    {
        using var work = new TempDirectory();
        var path = Write(work.Combine("Doe, Jane.txt"), null, [TestMessages.Simple()]);
        using var source = MigrationSources.Open(path);
        var report = Migrating.Run(source, work.Combine("out"));
        var warning = Assert.Single(report.Diagnostics, d => d.Code == ExportSource.TimeZoneAssumedCode);
        Assert.Equal(("warning", "Doe, Jane.txt"), (warning.Severity, warning.File));
        Assert.Equal("Doe, Jane", Assert.Single(report.Mailboxes).Name);
        var written = MimeMessage.Load(work.Combine("out", "Doe, Jane", "Inbox", "000001.eml"));
        Assert.Equal(new DateTimeOffset(1998, 11, 16, 10, 30, 0, TimeSpan.Zero), written.Date);
    }

    [Fact]
    public void AHexAttachmentWithNonHexDataIsLeftOutAndRepaired()
    {
        using var work = new TempDirectory();
        var damaged = TestMessages.Simple("damaged");
        damaged.Items.Add(new FileItem { Name = "GOOD.BIN", Data = [1, 2, 3, 4], DateText = "11/14/98 9:12 AM" });
        damaged.Items.Add(new FileItem { Name = "BAD FILE.BIN", Data = [5, 6, 7, 8, 9, 10], DateText = "11/14/98 9:12 AM" });
        damaged.Items.Add(new TextItem { Text = "after\r\n" });
        var path = work.Combine("x.txt");
        var writer = new ExportWriter(File.Create(path));
        writer.WriteHeader(new ExportFileHeader { Mailbox = "X", PostOffice = TestMessages.PostOffice });
        var block = writer.WriteMessage(damaged, new ExportBlockStyle { HexFiles = true });
        writer.WriteMessage(TestMessages.Simple("next"));
        writer.Dispose();
        var bytes = File.ReadAllBytes(path);
        var itemLine = block.Lines.Where(l => l.Key == "File item").Select(l => l.Value).Last();
        var data = Array.IndexOf(bytes, (byte)'\n', (int)itemLine) + 1;
        bytes[data + 3] = (byte)'G';
        File.WriteAllBytes(path, bytes);

        using var source = MigrationSources.Open(path, "UTC");
        var report = Migrating.Run(source, work.Combine("out"));
        Assert.Equal(new MailMig.Fidelity.Migrator.Migration.ReportTotals(2, 1, 1, 0), report.Totals);
        Assert.Equal([RepairIds.AttachmentUnreadable], Assert.Single(report.Repaired).Repairs);
        var written = MimeMessage.Load(work.Combine("out", "X", "Inbox", "000001.eml"));
        Assert.Equal(["GOOD.BIN", "text-2.txt"], written.BodyParts.Skip(1).Select(p => p is MimePart m ? m.FileName : "?").ToList());
        Assert.Equal("next", MimeMessage.Load(work.Combine("out", "X", "Inbox", "000002.eml")).Subject);
    }

    [Fact]
    public void GarbageBetweenBlocksIsNoMessageAndAnEmptyBlockIsSkipped()
    {
        using var work = new TempDirectory();
        var path = Write(work.Combine("x.txt"), "X", [TestMessages.Simple("one"), TestMessages.Simple("two")], between: w => w.WriteRaw("6\r\n"u8));
        File.AppendAllText(path, "Message: 10\r\n\u0001\u0002\u0003\r\n", Encoding.Latin1);
        using var source = MigrationSources.Open(path, "UTC");
        var report = Migrating.Run(source, work.Combine("out"), OutputTarget.Mbox);
        Assert.Equal(new MailMig.Fidelity.Migrator.Migration.ReportTotals(3, 2, 0, 1), report.Totals);
        var skipped = Assert.Single(report.Skipped);
        Assert.Equal((3, SkipReasons.SourceUnreadable, "x.txt"), (skipped.Index, skipped.Reason, skipped.Location.File));
        Assert.StartsWith("export.", skipped.Detail, StringComparison.Ordinal);
        Assert.Contains(report.Diagnostics, d => d.Code == "export.unexpected-token");
    }

    [Fact]
    public void AnExportIsReadOnce()
    {
        using var work = new TempDirectory();
        using var source = new ExportSource(Write(work.Combine("x.txt"), "X", [TestMessages.Simple()]), "UTC");
        _ = source.ReadMessages(source.Mailboxes[0]).ToList();
        Assert.Throws<InvalidOperationException>(() => source.ReadMessages(source.Mailboxes[0]));
    }
}
