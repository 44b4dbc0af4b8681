using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Tests.Truth;

public sealed class MigrationReportReaderTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "mailmig-report-" + Guid.NewGuid().ToString("N") + ".json");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void AVersionTwoReportsRangeOfSkipsCountsAsOneSkipPerMessage()
    {
        File.WriteAllText(_path, """
            { "format": "mailmig-fidelity/migration-report@2", "complete": true, "sourceKind": "export", "target": "eml",
              "skipped": [ { "mailbox": "Smith, Grover", "index": 3, "through": 6, "reason": "source-unreadable", "detail": "d" },
                           { "mailbox": "Smith, Grover", "index": 9, "reason": "db8-truncated" } ],
              "repaired": [ { "mailbox": "Smith, Grover", "index": 1, "through": 2, "repairs": ["header-truncated"] } ],
              "recovered": [], "lost": [] }
            """);

        var report = MigrationReportReader.Read(_path)!;

        Assert.Empty(report.Diagnostics);
        Assert.Equal([3, 4, 5, 6, 9], report.Skipped.Select(s => s.Index));
        Assert.All(report.Skipped.Take(4), s => Assert.Equal("source-unreadable", s.Reason));
        Assert.Equal([1, 2], report.Repaired.Select(r => r.Index));
    }
}
