using System.Diagnostics;
using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Fixtures.FaultyMigrators;

namespace MailMig.Fidelity.Cli.Tests.Shrinking;

/// <summary>The faulty-migrator fixture (drop-cc, cp437) run in this process, so shrinking tests stay fast.</summary>
public sealed class FaultyRunner(string fault) : IMigratorRunner
{
    /// <inheritdoc/>
    public string Name => "faulty-migrator " + fault + " (in process)";

    /// <inheritdoc/>
    public async Task<ProcessOutcome> RunAsync(string source, string output, string? timeZone = null, string target = "eml", CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var code = await FaultyMigration.RunAsync(fault, source, output, timeZone);
        var (verdict, signal, detail) = ExitCodeClassifier.Classify(code, "");
        return new ProcessOutcome(verdict, code, signal, clock.Elapsed, "", detail);
    }
}
