using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Regression;

/// <summary>Misbehaving candidates (tests/Fixtures/HostileMigrators) are survived, bounded and reported, with and without the sandbox.</summary>
public sealed class HostileMigratorTests : IDisposable
{
    private readonly TempFolder _work = new();
    private readonly string _marker = $"{600 + Random.Shared.Next(300)}.{Random.Shared.Next(100000, 999999)}";

    public HostileMigratorTests() => Directory.CreateDirectory(Source);

    private string Source => Path.Combine(_work.Path, "source");

    private string Output => Path.Combine(_work.Path, "out");

    [Fact]
    public Task ACandidateThatExitsWhileAChildHoldsItsStdoutOpenCompletesAtOnceAndTheChildIsKilledAndReported() =>
        ChildHoldingStdoutIsKilledAndReported(sandbox: false);

    [NeedsProgramFact("bwrap")]
    public Task ASandboxedCandidateThatExitsWhileAChildHoldsItsStdoutOpenCompletesAtOnceAndTheChildIsKilledAndReported() =>
        ChildHoldingStdoutIsKilledAndReported(sandbox: true);

    [Fact]
    public Task ADoubleForkedSetsidGrandchildDoesNotOutliveTheCase() => GrandchildIsKilledAndReported(sandbox: false);

    [NeedsProgramFact("bwrap")]
    public Task ADoubleForkedSetsidGrandchildDoesNotOutliveASandboxedCase() => GrandchildIsKilledAndReported(sandbox: true);

    [Theory]
    [InlineData("stdout")]
    [InlineData("stderr")]
    public async Task ThirtyTwoMegabytesWithoutANewlineAreCountedButOnlyTheirHeadAndTailAreKept(string stream)
    {
        const long bytes = 32L * 1024 * 1024;

        var outcome = await Runner("endless-line.sh", $"{bytes} {stream}", sandbox: false).RunAsync(Source, Output);

        Assert.Equal(RunVerdict.Completed, outcome.Verdict);
        var (kept, counted) = stream == "stdout" ? (outcome.StandardOutput, outcome.OutputBytes) : (outcome.StandardError, outcome.ErrorBytes);
        Assert.Equal(bytes, counted);
        Assert.True(kept.Length <= BoundedCapture.MaxTextLength, $"{kept.Length} characters kept");
        Assert.StartsWith("xxxx", kept, StringComparison.Ordinal);
        Assert.EndsWith("xxxx", kept, StringComparison.Ordinal);
        Assert.Contains("bytes left out", kept);
    }

    [Fact]
    public async Task ACandidateThatWritesBesideItsOutputFolderFailsNamingWhatItWrote()
    {
        var outside = Path.Combine(_work.Path, "..", Path.GetFileName(_work.Path) + "-abs");

        var outcome = await Runner("write-outside.sh", $"\"{outside}\"", sandbox: false).RunAsync(Source, Output);
        File.Delete(outside);

        Assert.Equal(RunVerdict.WroteOutsideOutput, outcome.Verdict);
        Assert.Equal(["x"], outcome.WroteOutside);
        Assert.Contains("wrote outside {out}: x", outcome.Detail);
    }

    [NeedsProgramFact("bwrap")]
    public async Task ASandboxedCandidateCannotWriteOutsideItsWorkFolder()
    {
        // A path under the test's own output folder: on the read-only root inside the sandbox.
        var absolute = Path.Combine(AppContext.BaseDirectory, "escaped-" + Guid.NewGuid().ToString("N"));
        try
        {
            var outcome = await Runner("write-outside.sh", $"\"{absolute}\"", sandbox: true).RunAsync(Source, Output);

            Assert.True(outcome.Sandboxed, outcome.Detail);
            Assert.False(File.Exists(absolute), "the sandboxed candidate wrote " + absolute);
            Assert.Equal(RunVerdict.WroteOutsideOutput, outcome.Verdict);
            Assert.Equal(["x"], outcome.WroteOutside);
            Assert.Contains("Read-only file system", outcome.StandardError);
        }
        finally
        {
            File.Delete(absolute);
        }
    }

    [NeedsProgramFact("bwrap")]
    public async Task ASandboxedCandidateHasNoNetwork()
    {
        var runner = new ExternalMigratorRunner(CommandTemplate.Parse("/bin/sh -c 'mkdir -p \"$2\"; cat /proc/net/dev > \"$2/net\"' sh {source} {out}"), TimeSpan.FromSeconds(8));

        var outcome = await runner.RunAsync(Source, Output);

        Assert.Equal(RunVerdict.Completed, outcome.Verdict);
        var interfaces = File.ReadAllLines(Path.Combine(Output, "net")).Skip(2).Select(l => l.Split(':')[0].Trim());
        Assert.Equal(["lo"], interfaces);
    }

    public void Dispose()
    {
        foreach (var pid in ProcessesWithMarker())
        {
            try
            {
                System.Diagnostics.Process.GetProcessById(pid).Kill();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
            }
        }

        _work.Dispose();
    }

    private static string Script(string name) => Path.Combine(RepositoryPaths.Root, "tests", "Fixtures", "HostileMigrators", name);

    private static ExternalMigratorRunner Runner(string script, string arguments, bool sandbox, double timeoutSeconds = 8) =>
        new(CommandTemplate.Parse($"/bin/sh \"{Script(script)}\" {{source}} {{out}} {arguments}"), TimeSpan.FromSeconds(timeoutSeconds)) { UseSandbox = sandbox };

    private async Task ChildHoldingStdoutIsKilledAndReported(bool sandbox)
    {
        var outcome = await Runner("child-holds-stdout.sh", _marker, sandbox).RunAsync(Source, Output);

        Assert.Equal(RunVerdict.Completed, outcome.Verdict);
        Assert.True(outcome.Duration < TimeSpan.FromSeconds(5), $"took {outcome.Duration}");
        Assert.Contains($"sleep {_marker}", Assert.Single(outcome.LeftRunning));
        Assert.Empty(ProcessesWithMarker());
    }

    private async Task GrandchildIsKilledAndReported(bool sandbox)
    {
        var outcome = await Runner("setsid-grandchild.sh", _marker, sandbox).RunAsync(Source, Output);

        Assert.Equal(RunVerdict.Completed, outcome.Verdict);
        Assert.Single(outcome.LeftRunning, l => l.EndsWith($"sleep {_marker}", StringComparison.Ordinal));
        Assert.Empty(ProcessesWithMarker());
    }

    /// <summary>Live processes whose command line is <c>sleep {marker}</c>.</summary>
    private List<int> ProcessesWithMarker()
    {
        var found = new List<int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (int.TryParse(Path.GetFileName(folder), out var pid)
                    && File.ReadAllText(Path.Combine(folder, "cmdline")) == $"sleep\0{_marker}\0"
                    && !File.ReadAllText(Path.Combine(folder, "stat")).Split(") ")[1].StartsWith('Z'))
                {
                    found.Add(pid);
                }
            }
            catch (IOException)
            {
            }
        }

        return found;
    }
}
