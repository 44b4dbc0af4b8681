using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Regression;

/// <summary>The case timeout covers the migrator and the compare stage, and what a candidate leaves behind fails its case, through the <c>run</c> command.</summary>
public sealed class CaseGuardTests : IDisposable
{
    private const string Case = "fault-attachment-date-dashes";
    private readonly TempFolder _report = new();
    private readonly string _marker = $"{600 + Random.Shared.Next(300)}.{Random.Shared.Next(100000, 999999)}";

    [Fact]
    public async Task AFifoInTheOutputEndsTheCaseAtItsTimeoutInsteadOfHangingTheGate()
    {
        var run = RunAsync("--migrator", $"/bin/sh \"{Script("fifo-output.sh")}\" {{source}} {{out}}", "--timeout", "3", "--case", Case, "--report", _report.Path);

        var (exitCode, output) = await run.WaitAsync(TimeSpan.FromSeconds(40));

        Assert.Equal(1, exitCode);
        Assert.Contains("the case did not finish within 3 s", output);
        Assert.True(File.Exists(Path.Combine(_report.Path, "junit.xml")));
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

    /// <summary>Opens every FIFO left in the report folder for writing (which never blocks read-write), so no reader stays stuck after the test.</summary>
    private void ReleaseFifos()
    {
        if (!Directory.Exists(_report.Path))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(_report.Path, "stuck.eml", SearchOption.AllDirectories))
        {
            using var release = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        }
    }
}
