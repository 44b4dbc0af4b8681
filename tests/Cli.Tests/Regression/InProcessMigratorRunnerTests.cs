using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Regression;

/// <summary>Our migrator run in process is judged like any candidate: a usage error is a refused run, never a completed one.</summary>
public sealed class InProcessMigratorRunnerTests
{
    [Fact]
    public async Task ASourceThatDoesNotExistIsARefusedRunNamingTheOption()
    {
        using var work = new TempFolder();

        var outcome = await new InProcessMigratorRunner().RunAsync(Path.Combine(work.Path, "missing"), Path.Combine(work.Path, "out"));

        Assert.Equal(RunVerdict.Failed, outcome.Verdict);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--source", outcome.StandardError);
    }

    [Fact]
    public async Task ATargetOurMigratorDoesNotKnowIsARefusedRunNamingIt()
    {
        using var work = new TempFolder();
        var source = Path.Combine(work.Path, "mailbox.exp");
        File.WriteAllText(source, "Message: \r\nFrom: Doe, Jane at FERGUSON\r\nSubject: hi\r\nContents: 0\r\n");

        var outcome = await new InProcessMigratorRunner().RunAsync(source, Path.Combine(work.Path, "out"), "UTC", "pst");

        Assert.Equal(RunVerdict.Failed, outcome.Verdict);
        Assert.Contains("pst", outcome.StandardError);
        Assert.False(Directory.Exists(Path.Combine(work.Path, "out")));
    }
}
