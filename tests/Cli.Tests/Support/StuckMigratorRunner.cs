using MailMig.Fidelity.Cli.Regression;

namespace MailMig.Fidelity.Cli.Tests.Support;

/// <summary>A migrator that ignores cancellation and runs for a fixed time, to prove the case guard abandons what it cannot stop.</summary>
public sealed class StuckMigratorRunner(TimeSpan runsFor) : IMigratorRunner
{
    /// <inheritdoc/>
    public string Name => "a migrator that ignores cancellation";

    /// <inheritdoc/>
    public async Task<ProcessOutcome> RunAsync(string source, string output, string? timeZone = null, string target = "eml", CancellationToken cancellationToken = default)
    {
        await Task.Delay(runsFor, CancellationToken.None);
        return new ProcessOutcome(RunVerdict.Completed, 0, null, runsFor, "", "exit code 0");
    }
}
