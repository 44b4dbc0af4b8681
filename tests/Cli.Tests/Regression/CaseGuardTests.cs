using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Cli.Tests.Support;
using MailMig.Fidelity.Comparer.Output;

namespace MailMig.Fidelity.Cli.Tests.Regression;

/// <summary>The case timeout covers the migrator and the compare stage, and what a candidate leaves behind fails its case, through the <c>run</c> command.</summary>
public sealed class CaseGuardTests : IDisposable
{
    private const string Case = "fault-attachment-date-dashes";
    private readonly TempFolder _report = new();
    private readonly string _marker = $"{600 + Random.Shared.Next(300)}.{Random.Shared.Next(100000, 999999)}";

    [Fact]
    public async Task AFifoAndASymbolicLinkLoopInTheOutputFailTheCaseAtOnceNamingEachEntry()
    {
        var run = RunAsync("--migrator", $"/bin/sh \"{Script("fifo-and-symlink-loop.sh")}\" {{source}} {{out}}", "--timeout", "60", "--case", Case, "--report", _report.Path);

        // Well under the case timeout: nothing in the output is opened or followed, so nothing waits for the timeout.
        var (exitCode, output) = await run.WaitAsync(TimeSpan.FromSeconds(40));

        Assert.Equal(1, exitCode);
        Assert.DoesNotContain("did not finish", output);
        Assert.Contains("5 entries that are not regular files", output);
        Assert.DoesNotContain("(unknown) #", output);
        Assert.Contains("loop: malformed/not a regular file", output);
        foreach (var entry in new[] { "Ann/000001.eml: not a regular file (named pipe)", "migration-report.json: not a regular file (named pipe)", "loop: not a regular file (symbolic link)", "Ann/self: not a regular file (symbolic link)", "up: not a regular file (symbolic link)" })
        {
            Assert.Contains(entry, output);
        }
    }

    [Fact]
    public async Task ACaseStillRunningPastItsTimeoutIsAbandonedAsHungAndTheGuardReturns()
    {
        var guard = new CaseGuard(new StuckMigratorRunner(TimeSpan.FromSeconds(30)), m => new CorpusRunner(m, Path.Combine(_report.Path, "work")), TimeSpan.FromSeconds(1));

        var result = await guard.RunAsync(CorpusCase.Load(Path.Combine(RepositoryPaths.Corpora, Case))).WaitAsync(TimeSpan.FromSeconds(25));

        Assert.Equal(RunVerdict.Hung, result.Verdict);
        Assert.Contains("the case did not finish within 1 s", result.Failures[0]);
        Assert.Contains("the migrator was still running", result.Failures[0]);
    }

    [Fact]
    public async Task EveryVerdictReadsAsWordsInTheConsoleSummaryAndJUnitMessages()
    {
        var outside = _report.Path + "-abs";
        try
        {
            var (exitCode, output) = await RunAsync("--migrator", $"/bin/sh \"{Script("write-outside.sh")}\" {{source}} {{out}} \"{outside}\"", "--no-sandbox", "--case", Case, "--report", _report.Path);

            Assert.Equal(1, exitCode);
            foreach (var (name, text) in Reports(output))
            {
                Assert.False(text.Contains("WroteOutsideOutput", StringComparison.Ordinal), $"{name} names the verdict by its enum name:\n{text}");
                Assert.True(text.Contains("wrote outside {out}", StringComparison.Ordinal), $"{name} does not say the candidate wrote outside {{out}}:\n{text}");
            }
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public async Task ACompletedRunThatLostMessagesReadsAsWordsInTheConsoleTable()
    {
        var (exitCode, output) = await RunAsync("--migrator", "/bin/sh -c 'mkdir -p \"$2\"' sh {source} {out}", "--no-sandbox", "--case", Case, "--report", _report.Path);

        Assert.Equal(1, exitCode);
        Assert.DoesNotContain("CompletedWithLoss", output);
        Assert.Contains("completed with loss", output);
        Assert.DoesNotContain("CompletedWithLoss", File.ReadAllText(Path.Combine(_report.Path, "index.html")));
    }

    [Fact]
    public async Task ACandidateThatLeavesAChildRunningFailsItsCaseSayingSoAndIsNotHung()
    {
        var (exitCode, output) = await RunAsync("--migrator", $"/bin/sh \"{Script("child-holds-stdout.sh")}\" {{source}} {{out}} {_marker}",
            "--timeout", "20", "--case", Case, "--report", _report.Path).WaitAsync(TimeSpan.FromSeconds(40));

        Assert.Equal(1, exitCode);
        Assert.Contains("left 1 process running", output);
        Assert.DoesNotContain("HUNG", output);
    }

    [Fact]
    public async Task NoSandboxRunsTheCandidateOutsideTheSandboxAndSaysSoInTheSummary()
    {
        var (exitCode, output) = await RunAsync("--migrator", "/bin/sh -c 'exit 2' sh {source} {out}", "--no-sandbox", "--case", Case, "--report", _report.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains("exit code 2", output);
        Assert.False(SummaryCase().GetProperty("sandboxed").GetBoolean());
    }

    [NeedsProgramFact("bwrap")]
    public async Task ACandidateRunsInTheSandboxByDefault()
    {
        var (exitCode, _) = await RunAsync("--migrator", "/bin/sh -c 'exit 2' sh {source} {out}", "--case", Case, "--report", _report.Path);

        Assert.Equal(1, exitCode);
        Assert.True(SummaryCase().GetProperty("sandboxed").GetBoolean());
    }

    public void Dispose()
    {
        ReleaseFifos();
        _report.Dispose();
    }

    private System.Text.Json.JsonElement SummaryCase() =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_report.Path, "summary.json"))).RootElement.GetProperty("cases")[0].Clone();

    private static string Script(string name) => Path.Combine(RepositoryPaths.Root, "tests", "Fixtures", "HostileMigrators", name);

    private static Task<(int ExitCode, string Output)> RunAsync(params string[] args) =>
        GateRun.InvokeAsync(["--corpora", RepositoryPaths.Corpora, .. args]);

    /// <summary>Opens every FIFO left in the report folder read-write (which never blocks), so no reader stays stuck after the test.</summary>
    private void ReleaseFifos()
    {
        if (!Directory.Exists(_report.Path))
        {
            return;
        }

        foreach (var entry in OutputWalker.Walk(_report.Path).Where(e => e.Kind == FileKind.Fifo))
        {
            using var release = new FileStream(Path.Combine(_report.Path, entry.RelativePath), FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        }
    }

    /// <summary>The console output, summary.txt, the JUnit failure messages and index.html of the run, by name.</summary>
    private IEnumerable<(string Name, string Text)> Reports(string console)
    {
        yield return ("the console", console);
        yield return ("summary.txt", File.ReadAllText(Path.Combine(_report.Path, "summary.txt")));
        yield return ("the JUnit failure messages", string.Join("\n", System.Xml.Linq.XDocument.Load(Path.Combine(_report.Path, "junit.xml"))
            .Descendants().Where(e => e.Name == "failure" || e.Name == "error").Select(e => (string)e.Attribute("message")! + "\n" + e.Value)));
        yield return ("index.html", File.ReadAllText(Path.Combine(_report.Path, "index.html")));
    }
}
