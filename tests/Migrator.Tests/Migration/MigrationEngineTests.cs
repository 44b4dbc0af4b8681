using System.Text.Json;
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Migrator.Conversion;
using MailMig.Fidelity.Migrator.Migration;
using MailMig.Fidelity.Migrator.Output;
using MailMig.Fidelity.Migrator.Sources;
using MailMig.Fidelity.Migrator.Tests.Support;
using MimeKit;

namespace MailMig.Fidelity.Migrator.Tests.Migration;

public class MigrationEngineTests
{
    private static Diagnostic Error(string code, string message = "damage") => new(DiagnosticSeverity.Error, code, message, "MBOX0001.DAT", 5);

    [Fact]
    public void EveryMessageIsMigratedRepairedOrSkippedAndTheReportSaysWhich()
    {
        using var output = new TempDirectory();
        var clamped = TestMessages.Simple();
        clamped.Date = null;
        clamped.DateText = "2/31/99 10:30 AM";
        var source = Migrating.Source(
            ("Smith, Grover", [Migrating.Record(1, TestMessages.Simple()), Migrating.Record(2, clamped), Migrating.Record(3, null, Error("db8.truncated", "cut off"))]),
            ("Doe, Jane", [Migrating.Record(1, null, Error("export.block-unreadable")), Migrating.Record(2, TestMessages.Simple(), Error("db8.length-from-index"), Error("db8.dangling-offset"))]));

        var report = Migrating.Run(source, output.Path);

        Assert.True(report.Complete);
        Assert.Equal(new ReportTotals(5, 1, 2, 2), report.Totals);
        Assert.Equal([new MailboxReport("Smith, Grover", "Smith, Grover", 3, 1, 1, 1), new MailboxReport("Doe, Jane", "Doe, Jane", 2, 0, 1, 1)], report.Mailboxes);
        Assert.Equal(
            [new RepairedMessage("Smith, Grover", 2, [RepairIds.DateInvalidClamped], new ReportLocation("MBOX0001.DAT", 2000)),
             new RepairedMessage("Doe, Jane", 2, [RepairIds.Db8LengthFromIndex, RepairIds.Db8RecordFoundByWalk], new ReportLocation("MBOX0001.DAT", 2000))],
            report.Repaired, new RepairedComparer());
        Assert.Equal(
            [("Smith, Grover", 3, SkipReasons.Db8Truncated, "cut off"), ("Doe, Jane", 1, SkipReasons.SourceUnreadable, "export.block-unreadable: damage")],
            report.Skipped.Select(s => (s.Mailbox, s.Index, s.Reason, s.Detail)).ToList());
        Assert.Equal(report.Totals, MigrationReportFile.Read(output.Path).Totals);
        Assert.True(File.Exists(output.Combine("Smith, Grover", "Inbox", "000001.eml")));
        Assert.True(File.Exists(output.Combine("Smith, Grover", "Inbox", "000002.eml")));
        Assert.False(File.Exists(output.Combine("Smith, Grover", "Inbox", "000003.eml")));
        Assert.True(Directory.Exists(output.Combine("Doe, Jane", "Trash")), "empty folders exist");
    }

    [Fact]
    public void AnUnreadableAttachmentTheReaderLeftOutIsARepair()
    {
        using var output = new TempDirectory();
        var source = Migrating.Source(("Smith, Grover", [Migrating.Record(1, TestMessages.Simple(), Error("migrate.attachment-unreadable"))]));
        var report = Migrating.Run(source, output.Path);
        Assert.Equal([RepairIds.AttachmentUnreadable], Assert.Single(report.Repaired).Repairs);
        var written = MimeMessage.Load(output.Combine("Smith, Grover", "Inbox", "000001.eml"));
        Assert.Equal("attachment-unreadable", written.Headers["X-MailMig-Repairs"]);
    }

    [Fact]
    public void AMessageWhoseConversionThrowsIsSkippedAndTheMailboxGoesOn()
    {
        using var output = new TempDirectory();
        var source = Migrating.Source(("Smith, Grover", [Migrating.Record(1, TestMessages.Simple("boom")), Migrating.Record(2, TestMessages.Simple())]));
        var report = Migrating.Run(source, output.Path, configure: o => o with
        {
            BeforeConvert = (_, m) => { if (m.Subject == "boom") { throw new InvalidOperationException("bad state"); } },
        });
        var skipped = Assert.Single(report.Skipped);
        Assert.Equal((1, SkipReasons.UnexpectedError, "InvalidOperationException: bad state"), (skipped.Index, skipped.Reason, skipped.Detail));
        Assert.Equal(1, report.Totals.Migrated);
    }

    [Fact]
    public void AMessageThatHangsIsAbandonedByTheWatchdogAndTheRunFinishes()
    {
        using var output = new TempDirectory();
        using var release = new ManualResetEventSlim();
        var source = Migrating.Source(("Smith, Grover", [Migrating.Record(1, TestMessages.Simple("hang")), Migrating.Record(2, TestMessages.Simple())]));
        var report = Migrating.Run(source, output.Path, configure: o => o with
        {
            WatchdogTimeout = TimeSpan.FromMilliseconds(300),
            BeforeConvert = (_, m) => { if (m.Subject == "hang") { release.Wait(TimeSpan.FromSeconds(30)); } },
        });
        release.Set();
        var skipped = Assert.Single(report.Skipped);
        Assert.Equal((1, SkipReasons.WatchdogTimeout), (skipped.Index, skipped.Reason));
        Assert.Equal(1, report.Totals.Migrated);
        Assert.False(File.Exists(output.Combine("Smith, Grover", "Inbox", "000001.eml")));
    }

    [Fact]
    public void AReaderFailingMidMailboxSkipsTheRestOfThatMailboxOnly()
    {
        using var output = new TempDirectory();
        var source = Migrating.Source(
            ("Smith, Grover", Enumerable.Range(1, 5).Select(i => Migrating.Record(i, TestMessages.Simple())).ToArray()),
            ("Doe, Jane", [Migrating.Record(1, TestMessages.Simple())]));
        source.BeforeRecord = (mailbox, record) => { if (mailbox.Name == "Smith, Grover" && record.Index == 3) { throw new IOException("disk error"); } };
        var report = Migrating.Run(source, output.Path);
        Assert.Equal(new ReportTotals(6, 3, 0, 3), report.Totals);
        var rest = Assert.Single(report.Skipped);
        Assert.Equal((3, 5, SkipReasons.SourceUnreadable), (rest.Index, rest.Through, rest.Reason));
        Assert.Contains(report.Diagnostics, d => d.Code == "migrate.source-failed");
    }

    [Theory]
    [InlineData(OutputTarget.Eml)]
    [InlineData(OutputTarget.Mbox)]
    [InlineData(OutputTarget.Exchange55)]
    public void TheSameInputGivesByteIdenticalOutput(OutputTarget target)
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        Migrating.Run(SamplePostOffice(), first.Path, target);
        Migrating.Run(SamplePostOffice(), second.Path, target);
        Migrating.AssertSameTree(first.Path, second.Path);
        Assert.NotEmpty(Migrating.Tree(first.Path));
    }

    [Theory]
    [InlineData(OutputTarget.Eml, 1)]
    [InlineData(OutputTarget.Eml, 7)]
    [InlineData(OutputTarget.Mbox, 5)]
    [InlineData(OutputTarget.Exchange55, 6)]
    public void AnInterruptedRunResumesWithNoDuplicatesAndNoGaps(OutputTarget target, int killAfter)
    {
        using var clean = new TempDirectory();
        using var resumed = new TempDirectory();
        Migrating.Run(SamplePostOffice(), clean.Path, target);

        using var cancel = new CancellationTokenSource();
        Assert.ThrowsAny<OperationCanceledException>(() => Migrating.Run(new InMemorySource(SamplePostOffice()), resumed.Path, target,
            o => o with { MaxParallelism = 1, MessageCommitted = n => { if (n == killAfter) { cancel.Cancel(); } } }, cancel.Token));
        Assert.False(MigrationReportFile.Read(resumed.Path).Complete);

        var report = Migrating.Run(SamplePostOffice(), resumed.Path, target);
        Assert.True(report.Complete);
        Migrating.AssertSameTree(clean.Path, resumed.Path);
    }

    [Fact]
    public void TheReportIsCamelCaseJsonWithTheFormatId()
    {
        using var output = new TempDirectory();
        Migrating.Run(SamplePostOffice(), output.Path, OutputTarget.Mbox);
        using var json = JsonDocument.Parse(File.ReadAllBytes(output.Combine(MigrationReport.FileName)));
        var root = json.RootElement;
        Assert.Equal("mailmig-fidelity/migration-report@2", root.GetProperty("format").GetString());
        Assert.Equal("mbox", root.GetProperty("target").GetString());
        Assert.Equal("memory", root.GetProperty("sourceKind").GetString());
        Assert.Equal("ferguson.ccmail.invalid", root.GetProperty("orgDomain").GetString());
        Assert.True(root.GetProperty("complete").GetBoolean());
        Assert.Equal(7, root.GetProperty("totals").GetProperty("source").GetInt32());
        Assert.Equal("CON", root.GetProperty("mailboxes")[2].GetProperty("name").GetString());
        Assert.Equal("%43ON", root.GetProperty("mailboxes")[2].GetProperty("path").GetString());
    }

    [Fact]
    public void DiagnosticsAreCappedWithACountOfTheRest()
    {
        using var output = new TempDirectory();
        var diagnostics = Enumerable.Range(0, 5).Select(i => new Diagnostic(DiagnosticSeverity.Warning, "export.between-blocks", $"garbage {i}", "x.txt", i)).ToList();
        var source = new InMemorySource(TestMessages.Office(), [], diagnostics);
        var report = Migrating.Run(source, output.Path, configure: o => o with { MaxDiagnostics = 3 });
        Assert.Equal(["export.between-blocks", "export.between-blocks", "export.between-blocks", "report.diagnostics-suppressed"], report.Diagnostics.Select(d => d.Code).ToList());
        Assert.Equal("2 more diagnostics were not listed", report.Diagnostics[^1].Message);
        Assert.Equal(("warning", "x.txt", 1L), (report.Diagnostics[1].Severity, report.Diagnostics[1].File, report.Diagnostics[1].Offset));
    }

    [Fact]
    public void ProgressAndCommitsAreReported()
    {
        using var output = new TempDirectory();
        var progress = new List<MigrationProgress>();
        long commits = 0;
        Migrating.Run(new InMemorySource(SamplePostOffice()), output.Path, configure: o => o with
        {
            Progress = p => { lock (progress) { progress.Add(p); } },
            MessageCommitted = n => Interlocked.Exchange(ref commits, n),
        });
        Assert.Equal(7, commits);
        Assert.Contains(progress, p => p.MailboxesDone == 3 && p.MessagesDone == 7 && p.MessagesTotal == 7);
    }

    [Fact]
    public void AnUnknownTimeZoneIsRefusedBeforeAnythingIsWritten()
    {
        using var output = new TempDirectory();
        Assert.Throws<TimeZoneNotFoundException>(() => new MigrationEngine(new InMemorySource(TestMessages.Office("Mars/Olympus_Mons")), new MigrationOptions { OutputDirectory = output.Path }));
        Assert.Empty(Directory.EnumerateFileSystemEntries(output.Path));
    }

    internal static PostOffice SamplePostOffice()
    {
        var withAttachment = TestMessages.Simple("with attachment", "From the start\r\nbody\r\n");
        withAttachment.Items.Add(new FileItem { Name = "REPORT.XLS", Data = [1, 2, 3, 0, 255], Date = new DateTime(1998, 11, 14, 9, 12, 0) });
        var forwarded = TestMessages.Simple("forwarding", "see below", @"Projects\1998");
        forwarded.Items.Add(new MessageItem { Message = withAttachment });
        var sent = TestMessages.Simple("sent", "sent body", SystemFolders.MessageLog);
        sent.Bcc = [TestAddresses.Native("Secret, Sam", "FERGUSON")];
        sent.IsRead = true;
        var attmail = TestMessages.Simple("attmail");
        attmail.To = [.. TestAddresses.Attmail("mixed")];
        var clamped = TestMessages.Simple("clamped");
        clamped.Date = null;
        clamped.DateText = "2/31/99 10:30 AM";
        return TestMessages.Office("America/New_York",
            TestMessages.Mailbox("Smith, Grover", TestMessages.Simple(), withAttachment, forwarded, sent),
            TestMessages.Mailbox("Doe, Jane", attmail, clamped),
            TestMessages.Mailbox("CON", TestMessages.Simple("inbox", folder: "INBOX")));
    }

    private sealed class RepairedComparer : IEqualityComparer<RepairedMessage>
    {
        public bool Equals(RepairedMessage? x, RepairedMessage? y) =>
            x is not null && y is not null && (x.Mailbox, x.Index, x.Location) == (y.Mailbox, y.Index, y.Location) && x.Repairs.SequenceEqual(y.Repairs);

        public int GetHashCode(RepairedMessage obj) => obj.Index;
    }
}
