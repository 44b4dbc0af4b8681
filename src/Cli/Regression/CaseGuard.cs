/*
 * The case timeout covers the whole case: making the source, the migrator and the compare stage.
 * The migrator gets the timeout itself; the compare stage a few more seconds to judge whatever
 * output there is. The compare stage opens only regular files (the Comparer's output walker), so a
 * FIFO or a link loop in the output fails the case at once; this guard is the safety net for
 * anything else that outlives the deadline: such a case is abandoned and reported as hung, and the
 * run goes on. What the candidate left running after it exited fails its case too, with the
 * processes named.
 */
using MailMig.Fidelity.Comparer.Output;

namespace MailMig.Fidelity.Cli.Regression;

/// <summary>Runs corpus cases under a deadline for the whole case, and fails a case whose migrator left processes running.</summary>
public sealed class CaseGuard
{
    /// <summary>How long the compare stage may take beyond the migrator's timeout.</summary>
    public static readonly TimeSpan CompareGrace = TimeSpan.FromSeconds(5);

    private readonly RecordingMigratorRunner _migrator;
    private readonly CorpusRunner _runner;
    private readonly TimeSpan? _timeout;

    /// <summary>Guards cases run by the corpus runner <paramref name="createRunner"/> makes around <paramref name="migrator"/>; no deadline when <paramref name="timeout"/> is null.</summary>
    public CaseGuard(IMigratorRunner migrator, Func<IMigratorRunner, CorpusRunner> createRunner, TimeSpan? timeout)
    {
        _migrator = new RecordingMigratorRunner(migrator);
        _runner = createRunner(_migrator);
        _timeout = timeout;
    }

    /// <summary>Runs <paramref name="corpusCase"/>; a case that outlives its deadline is abandoned and judged hung.</summary>
    public async Task<CaseResult> RunAsync(CorpusCase corpusCase, CancellationToken cancellationToken = default)
    {
        _migrator.Reset();
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var run = Task.Run(() => _runner.RunAsync(corpusCase, abandon.Token), CancellationToken.None);
        if (_timeout is not { } timeout)
        {
            return WithLeftRunning(await run);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            return WithLeftRunning(await run.WaitAsync(timeout + CompareGrace, cancellationToken));
        }
        catch (TimeoutException)
        {
            await abandon.CancelAsync();
            _ = run.ContinueWith(t => t.Exception, TaskScheduler.Default);
            ReleaseFifos(_migrator.LastOutput);
            return Abandoned(corpusCase, timeout, clock.Elapsed);
        }
    }

    private static CaseResult WithLeftRunning(CaseResult result) =>
        result.Process.LeftRunningSummary is { } left
            ? result with { Failures = [.. result.Failures, $"the migrator {left}; the gate killed them"] }
            : result;

    private CaseResult Abandoned(CorpusCase corpusCase, TimeSpan timeout, TimeSpan elapsed)
    {
        var stage = _migrator.LastOutcome is null
            ? "the migrator was still running"
            : "the compare stage was still judging the output";
        var sentence = $"the case did not finish within {timeout.TotalSeconds:0.#} s (its timeout, plus {CompareGrace.TotalSeconds:0} s to judge the output): {stage}; it was abandoned";
        var process = (_migrator.LastOutcome ?? new ProcessOutcome(RunVerdict.Hung, null, null, elapsed, "", sentence)) with
        {
            Verdict = RunVerdict.Hung,
            Detail = sentence,
        };
        return new CaseResult
        {
            Case = corpusCase,
            Process = process,
            Verdict = RunVerdict.Hung,
            Failures = [sentence, .. process.LeftRunningSummary is { } left ? new[] { $"the migrator {left}; the gate killed them" } : []],
            WorkFolder = _migrator.LastOutput is { } output ? Path.GetDirectoryName(output) ?? "" : "",
        };
    }

    /// <summary>Opens each FIFO of the output read-write, which never blocks and lets a reader stuck opening it go on to end of file; nothing else is opened and no link is followed.</summary>
    private static void ReleaseFifos(string? output)
    {
        if (output is null || !Directory.Exists(output))
        {
            return;
        }

        foreach (var fifo in OutputWalker.Walk(output).Where(e => e.Kind == FileKind.Fifo))
        {
            try
            {
                using var release = new FileStream(Path.Combine(output, fifo.RelativePath), FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone, or not ours to open: nothing to release.
            }
        }
    }
}
