using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Regression;

public sealed class ExternalMigratorRunnerTests : IDisposable
{
    private readonly TempFolder _work = new();

    private string Output => Path.Combine(_work.Path, "out");

    public void Dispose() => _work.Dispose();

    private static ExternalMigratorRunner Shell(string script, double timeoutSeconds = 20) =>
        new(CommandTemplate.Parse($"/bin/sh -c '{script}' sh {{source}} {{out}}"), TimeSpan.FromSeconds(timeoutSeconds));

    [Fact]
    public async Task APlaceholderReachesTheProcessAsOneArgument()
    {
        using var work = new TempFolder();
        var output = Path.Combine(work.Path, "mailmig out");

        var outcome = await Shell("mkdir -p \"$2\" && printf %s \"$1\" > \"$2/seen\"").RunAsync("/some source", output);

        Assert.Equal(RunVerdict.Completed, outcome.Verdict);
        Assert.Equal("/some source", File.ReadAllText(Path.Combine(output, "seen")));
    }

    [Fact]
    public async Task AProcessKilledBySegfaultIsACrashWithItsSignal()
    {
        var outcome = await Shell("kill -SEGV $$").RunAsync("s", Output);

        Assert.Equal(RunVerdict.Crashed, outcome.Verdict);
        Assert.Equal(11, outcome.Signal);
    }

    [Fact]
    public async Task AProcessThatAbortsIsACrash()
    {
        var outcome = await Shell("echo Fatal error. >&2; kill -ABRT $$").RunAsync("s", Output);

        Assert.Equal(RunVerdict.Crashed, outcome.Verdict);
        Assert.Equal(6, outcome.Signal);
        Assert.Contains("Fatal error.", outcome.StandardError);
    }

    [Fact]
    public async Task AProcessThatOutlivesItsTimeoutIsHungAndKilled()
    {
        var outcome = await Shell("sleep 30", timeoutSeconds: 0.5).RunAsync("s", Output);

        Assert.Equal(RunVerdict.Hung, outcome.Verdict);
        Assert.True(outcome.Duration < TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task ExitOneIsANormalCompletionNotAFailure() =>
        Assert.Equal(RunVerdict.Completed, (await Shell("exit 1").RunAsync("s", Output)).Verdict);

    [Fact]
    public async Task AMissingProgramFailsToStartWithItsName()
    {
        var runner = new ExternalMigratorRunner(CommandTemplate.Parse("/nonexistent/migrator {source}"), TimeSpan.FromSeconds(5));

        var outcome = await runner.RunAsync("s", Output);

        Assert.Equal(RunVerdict.Failed, outcome.Verdict);
        Assert.Contains("/nonexistent/migrator", outcome.Detail);
    }

    [Fact]
    public async Task AProgramThatIsNotExecutableFailsToStartWithItsName()
    {
        var notExecutable = Path.Combine(_work.Path, "migrator.txt");
        File.WriteAllText(notExecutable, "not a program");
        var runner = new ExternalMigratorRunner(CommandTemplate.Parse($"\"{notExecutable}\" {{source}} {{out}}"), TimeSpan.FromSeconds(5));

        var outcome = await runner.RunAsync("s", Output);

        Assert.Equal(RunVerdict.Failed, outcome.Verdict);
        Assert.Contains(notExecutable, outcome.Detail);
    }
}
