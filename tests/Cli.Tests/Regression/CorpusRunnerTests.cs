using System.Text;
using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Regression;

/// <summary>The corpus runner refuses a case it cannot judge, saying why in one line.</summary>
public sealed class CorpusRunnerTests
{
    [Fact]
    public async Task ACustomerCaseWhoseManifestHasABadLineIsRefusedNamingTheFileAndLine()
    {
        using var work = new TempFolder();
        var folder = Path.Combine(work.Path, "corpora", "customer-case");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, CorpusCase.FileName),
            """{ "guards": "a customer's header fault", "exportFile": "customer.exp", "timeZone": "UTC" }""");
        File.WriteAllBytes(Path.Combine(folder, "customer.exp"),
            Encoding.ASCII.GetBytes("Message: \r\nFrom: Doe, Jane at FERGUSON\r\nSubject: hi\r\nContents: 0\r\n"));
        File.WriteAllText(Path.Combine(folder, "manifest.jsonl"),
            """{"record":"header","format":"mailmig-fidelity/manifest@1"}""" + "\n{ not json\n");

        var runner = new CorpusRunner(new InProcessMigratorRunner(), Path.Combine(work.Path, "work"));
        var error = await Assert.ThrowsAsync<CorpusException>(() => runner.RunAsync(CorpusCase.Load(folder)));

        Assert.Contains("manifest.jsonl:2", error.Message);
    }

    [Fact]
    public async Task TheGateRefusesABadHandWrittenManifestInOneLineNamingTheFileTheFirstBadLineAndHowManyMore()
    {
        using var work = new TempFolder();
        var folder = CustomerCase(work.Path, "{ not json\n{ nor this\n[1, 2\n");

        var (exitCode, output) = await GateRun.InvokeAsync("--corpora", Path.GetDirectoryName(folder)!, "--report", Path.Combine(work.Path, "report"));

        Assert.Equal(2, exitCode);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(Path.Combine(folder, "manifest.jsonl") + ":2", line);
        Assert.EndsWith("(and 2 more bad lines)", line);
    }

    private static string CustomerCase(string root, string badLines)
    {
        var folder = Path.Combine(root, "corpora", "customer-case");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, CorpusCase.FileName),
            """{ "guards": "a customer's header fault", "exportFile": "customer.exp", "timeZone": "UTC" }""");
        File.WriteAllBytes(Path.Combine(folder, "customer.exp"),
            Encoding.ASCII.GetBytes("Message: \r\nFrom: Doe, Jane at FERGUSON\r\nSubject: hi\r\nContents: 0\r\n"));
        File.WriteAllText(Path.Combine(folder, "manifest.jsonl"),
            """{"record":"header","format":"mailmig-fidelity/manifest@1"}""" + "\n" + badLines);
        return folder;
    }
}
