using MailMig.Fidelity.Comparer.Reports;
using MailMig.Fidelity.Comparer.Tests.Support;

namespace MailMig.Fidelity.Comparer.Tests.Reports;

public sealed class RedactionTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private Dictionary<string, string> WriteAll(bool redact)
    {
        var directory = _temp.Combine(redact ? "redacted" : "full");
        var files = ReportWriter.WriteAll(ReportScenario.Create(_temp), directory, new ReportOptions { Redact = redact });
        return files.ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
    }

    [Fact]
    public void RedactedReportsHoldNoBodyTextAndNoAttachmentHashes()
    {
        var reports = WriteAll(redact: true);

        Assert.Equal(["junit.xml", "report.html", "report.json", "summary.txt"], reports.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, text) in reports)
        {
            Assert.False(text.Contains("secret merger", StringComparison.Ordinal), name + " shows body text");
            Assert.False(text.Contains("numbers are in", StringComparison.Ordinal), name + " shows body text");
            Assert.False(text.Contains(ReportScenario.SecretAttachmentHash, StringComparison.Ordinal), name + " shows an attachment hash");
            Assert.False(text.Contains("sha256", StringComparison.Ordinal), name + " shows hashes");
        }

        Assert.Contains("4 bytes", reports["report.json"]);
    }

    [Fact]
    public void UnredactedReportsDoShowTheContent()
    {
        var reports = WriteAll(redact: false);

        Assert.Contains("secret merger", reports["report.html"]);
        Assert.Contains("secret merger", reports["report.json"]);
        Assert.Contains(ReportScenario.SecretAttachmentHash, reports["junit.xml"]);
    }
}
