using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Migrator.Sources;
using MailMig.Fidelity.Migrator.Tests.Support;

namespace MailMig.Fidelity.Migrator.Tests.Migration;

/// <summary>The report does not grow with repeated damage: identical diagnostics are counted, runs of identical skips are ranges.</summary>
public sealed class BoundedReportTests
{
    [Fact]
    public void FiveThousandIdenticalDiagnosticsAreOneEntryWithTheirCount()
    {
        using var output = new TempDirectory();
        var diagnostics = Enumerable.Range(0, 5000)
            .Select(i => new Diagnostic(DiagnosticSeverity.Warning, "export.unexpected-token", "a stray line is skipped", "grover.txt", i * 10L))
            .ToList();
        var source = new InMemorySource(TestMessages.Office(), [(TestMessages.Mailbox("Smith, Grover"), (IReadOnlyList<MessageRecord>)[Migrating.Record(1, TestMessages.Simple())])], diagnostics);

        var report = Migrating.Run(source, output.Path);

        var entry = Assert.Single(report.Diagnostics);
        Assert.Equal(("export.unexpected-token", 5000, 0L), (entry.Code, entry.Count, entry.Offset));
        Assert.True(new FileInfo(output.Combine("migration-report.json")).Length < 4000);
    }
}
