using MailMig.Fidelity.Cli.Regression;

namespace MailMig.Fidelity.Cli.Tests.Support;

/// <summary>A candidate that runs another one and then writes beside its output folder, judged as the external runner judges it (the work folder watch).</summary>
public sealed class OutsideWritingMigratorRunner(IMigratorRunner inner) : IMigratorRunner
{
    /// <inheritdoc/>
    public string Name => "a migrator that writes outside {out}";

    /// <inheritdoc/>
    public async Task<ProcessOutcome> RunAsync(string source, string output, string? timeZone = null, string target = "eml", CancellationToken cancellationToken = default)
    {
        var work = Path.GetDirectoryName(Path.GetFullPath(output))!;
        var watch = WorkFolderWatch.Start(work, output);
        var outcome = await inner.RunAsync(source, output, timeZone, target, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(work, "x"), "escaped\n", cancellationToken);
        var outside = watch.Changes();
        return outcome with
        {
            WroteOutside = outside,
            Verdict = RunVerdict.WroteOutsideOutput,
            Detail = $"wrote outside {{out}}: {string.Join(", ", outside)} ({outcome.Detail})",
        };
    }
}
