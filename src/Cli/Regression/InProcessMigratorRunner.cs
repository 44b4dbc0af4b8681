/*
 * Our own migrator judged through the same interface as a candidate: `migrate` is parsed and run in
 * this process (so coverage sees it) and its exit code classified as a process's would be; a usage
 * error is exit 2 (refused), as it is for the built command, never System.CommandLine's exit 1.
 */
using System.CommandLine;
using System.Diagnostics;
using MailMig.Fidelity.Cli.Commands;
using MailMig.Fidelity.Cli.Failures;
using Spectre.Console;

namespace MailMig.Fidelity.Cli.Regression;

/// <summary>Runs our own <c>migrate</c> command in this process, through the same runner interface as an external migrator (so coverage sees it).</summary>
public sealed class InProcessMigratorRunner : IMigratorRunner
{
    /// <summary>Extra <c>migrate</c> arguments, e.g. <c>--target mbox</c>.</summary>
    public IReadOnlyList<string> ExtraArguments { get; init; } = [];

    /// <inheritdoc/>
    public string Name => "mailmig-fidelity migrate (in process)";

    /// <inheritdoc/>
    public async Task<ProcessOutcome> RunAsync(string source, string output, string? timeZone = null, string target = "eml", CancellationToken cancellationToken = default)
    {
        var error = new StringWriter();
        var quiet = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null), Interactive = InteractionSupport.No });
        var root = new RootCommand { MigrateCommand.Create(quiet, error) };
        var clock = Stopwatch.StartNew();
        var parse = root.Parse(["migrate", "--source", source, "--out", output, .. (timeZone is null ? [] : new[] { "--time-zone", timeZone }), "--target", target, .. ExtraArguments]);

        // System.CommandLine's own parse-error exit is 1, which reads as "completed with skips": a usage error is exit 2, as on the command line.
        int exitCode;
        try
        {
            exitCode = parse.Errors.Count > 0 ? UsageErrors.Report(parse, error) : await parse.InvokeAsync(cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // In another process this would have been an unhandled exception: the run crashed.
            return new ProcessOutcome(RunVerdict.Crashed, null, null, clock.Elapsed, e.ToString(), $"unhandled {e.GetType().Name}: {e.Message}");
        }

        var (verdict, signal, detail) = ExitCodeClassifier.Classify(exitCode, error.ToString());
        return new ProcessOutcome(verdict, exitCode, signal, clock.Elapsed, error.ToString(), detail);
    }
}
