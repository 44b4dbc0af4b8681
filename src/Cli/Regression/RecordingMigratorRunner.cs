namespace MailMig.Fidelity.Cli.Regression;

/// <summary>Passes runs on to a migrator and remembers the last one's output folder and outcome, for a case that must be ended from outside.</summary>
internal sealed class RecordingMigratorRunner(IMigratorRunner inner) : IMigratorRunner
{
    /// <inheritdoc/>
    public string Name => inner.Name;

    /// <summary>The output folder of the last run started, or null.</summary>
    public string? LastOutput { get; private set; }

    /// <summary>The outcome of the last run finished, or null while it runs.</summary>
    public ProcessOutcome? LastOutcome { get; private set; }

    /// <summary>Forgets the last run.</summary>
    public void Reset() => (LastOutput, LastOutcome) = (null, null);

    /// <inheritdoc/>
    public async Task<ProcessOutcome> RunAsync(string source, string output, string? timeZone = null, string target = "eml", CancellationToken cancellationToken = default)
    {
        LastOutput = output;
        LastOutcome = await inner.RunAsync(source, output, timeZone, target, cancellationToken);
        return LastOutcome;
    }
}
