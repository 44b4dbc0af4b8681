using System.Text.RegularExpressions;
using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Sharding;

/// <summary>Redirected to a CI log, `run` prints its summary table at the width it needs, never breaking a word across lines.</summary>
public sealed partial class RedirectedOutputTests
{
    [Fact]
    public async Task ARunWithRedirectedOutputSplitsNoVerdictWordAcrossLines()
    {
        using var report = new TempFolder();

        var result = await OutOfProcessCli.RunAsync("run", "--corpora", RepositoryPaths.Corpora, "--case", "fault-attachment-path-traversal", "--report", report.Path);

        Assert.True(result.Code == 0, result.Text);
        var row = result.Lines.Where(l => l.Contains("fault-attachment-path-traversal", StringComparison.Ordinal) && !l.StartsWith("passed ", StringComparison.Ordinal)).ToList();
        Assert.True(row.Count == 1, "the case's table row spans several lines:\n" + result.Output);
        foreach (var word in new[] { "completed", "Perfect", "passed" })
        {
            Assert.Contains(word, row[0], StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(Fragment(), result.Output);
    }

    [GeneratedRegex(@"[│|]\s*(comple|complet|Perf|pass)\s*[│|]")]
    private static partial Regex Fragment();
}
