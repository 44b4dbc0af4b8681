namespace MailMig.Fidelity.Cli.Regression;

/// <summary>Runs a migrator on a source into an output folder: ours in process, or any executable out of process.</summary>
public interface IMigratorRunner
{
    /// <summary>A name for reports: "mailmig-fidelity (in process)" or the command template.</summary>
    string Name { get; }

    /// <summary>Migrates <paramref name="source"/> (local times in <paramref name="timeZone"/>) into <paramref name="output"/> in the <paramref name="target"/> format (eml, mbox, exchange55) and says how the run ended.</summary>
    Task<ProcessOutcome> RunAsync(string source, string output, string? timeZone = null, string target = "eml", CancellationToken cancellationToken = default);
}
