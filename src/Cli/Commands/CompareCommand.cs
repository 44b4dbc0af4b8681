using System.CommandLine;
using System.CommandLine.Invocation;
using MailMig.Fidelity.Cli.Validation;
using MailMig.Fidelity.Comparer.Comparison;
using MailMig.Fidelity.Comparer.Reports;
using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Comparer.Truth;
using Spectre.Console;

namespace MailMig.Fidelity.Cli.Commands;

/*
 * mailmig-fidelity compare --actual <dir> [--verified <dir>] [--truth manifest.jsonl] [--report <dir>] [--redact]
 * At least one of --verified (the snapshot check) and --truth (the ground-truth check) is needed.
 * Exit codes: 0 everything matches, 1 differences, 2 usage errors (including System.CommandLine's
 * own parse errors, which would otherwise exit 1 and be mistaken for differences by a CI gate).
 */

/// <summary>The <c>compare</c> command: verifies a migrated output folder against verified snapshots and, optionally, the generator's manifest.</summary>
public static class CompareCommand
{
    /// <summary>The exit code for usage errors and unreadable inputs.</summary>
    public const int UsageError = 2;

    /// <summary>Creates the command, obeying the process environment (CI, <c>MAILMIG_ACCEPT</c>).</summary>
    public static Command Create() => Create(SnapshotEnvironment.FromProcess());

    /// <summary>Creates the command obeying <paramref name="environment"/>.</summary>
    internal static Command Create(SnapshotEnvironment environment)
    {
        var actual = new Option<string>("--actual") { Description = "The migrated output folder to verify.", Required = true, HelpName = "dir" }.MustBeExistingFolder();
        var verified = new Option<string?>("--verified") { Description = "The folder of verified snapshots, <mailbox>/<folder>/<index>.verified.txt per message (the snapshot check).", HelpName = "dir" }.MustNotBeAFile();
        var truth = new Option<string?>("--truth") { Description = "The generator's manifest.jsonl: check every field against it and grade the run.", HelpName = "manifest.jsonl" }.MustBeReadableFile();
        var report = new Option<string?>("--report") { Description = "Write summary.txt, report.json, junit.xml and report.html into this folder.", HelpName = "dir" }.MustBeWritableFolder();
        var redact = new Option<bool>("--redact") { Description = "Keep message bodies and attachment contents out of every report (customer data)." };
        var command = new Command("compare", "Verify migrated output against verified snapshots and, with --truth, against the generator's manifest. Exit 0: all match; 1: differences; 2: usage error.");
        command.Options.Add(actual);
        command.Options.Add(verified);
        command.Options.Add(truth);
        command.Options.Add(report);
        command.Options.Add(redact);
        command.SetAction((ParseResult r, CancellationToken ct) => Task.FromResult(Run(
            r.InvocationConfiguration, environment, r.GetValue(actual)!, r.GetValue(verified), r.GetValue(truth), r.GetValue(report), r.GetValue(redact), ct)));
        ExitWithUsageErrorOnParseErrors(command);
        return command;
    }

    private static int Run(InvocationConfiguration io, SnapshotEnvironment environment, string actual, string? verified, string? truthPath, string? reportFolder, bool redact, CancellationToken ct)
    {
        if (verified is null && truthPath is null)
        {
            return Fail(io, "give --verified <dir> (the snapshot check), --truth <manifest.jsonl> (the ground-truth check), or both.");
        }

        if (!Directory.Exists(actual))
        {
            return Fail(io, $"The actual output folder '{actual}' does not exist.");
        }

        if (verified is not null && !Directory.Exists(verified))
        {
            return Fail(io, $"The verified folder '{verified}' does not exist. Create it from a known-good output with: mailmig-fidelity accept --actual \"{actual}\" --verified \"{verified}\"");
        }

        using var manifest = truthPath is null ? null : ManifestIndex.Build(truthPath);
        if (manifest?.Summary.ErrorSummary() is { } error)
        {
            return Fail(io, error);
        }

        var migrationReport = manifest is null ? null : MigrationReportReader.Read(Path.Combine(actual, MigrationReportReader.FileName));
        var comparison = new FolderComparison(new SnapshotSettings { Environment = environment }).Compare(actual, verified, manifest, migrationReport, ct);
        var snapshots = comparison.Snapshots;
        var options = new ReportOptions { Redact = redact };
        ConsoleReportWriter.Write(comparison, ConsoleFor(io.Output), options);
        if (snapshots is { IsSuccess: false } && !redact)
        {
            io.Output.WriteLine(snapshots.Describe(maxDiffs: 10));
        }

        if (reportFolder is not null)
        {
            foreach (var file in ReportWriter.WriteAll(comparison, reportFolder, options))
            {
                io.Output.WriteLine("Report: " + file);
            }
        }

        return comparison.IsSuccess ? 0 : 1;
    }

    /// <summary>Makes <paramref name="command"/> print System.CommandLine's parse errors and exit with <see cref="UsageError"/> instead of 1.</summary>
    internal static void ExitWithUsageErrorOnParseErrors(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Action = new UsageErrorAction(command.Action ?? throw new InvalidOperationException("Set the command's action first."));
    }

    /// <summary>Writes <paramref name="message"/> to the error output and returns <see cref="UsageError"/>.</summary>
    internal static int Fail(InvocationConfiguration io, string message)
    {
        io.Error.WriteLine("error: " + message);
        return UsageError;
    }

    private static IAnsiConsole ConsoleFor(TextWriter output) =>
        !ReferenceEquals(output, Console.Out) ? ConsoleReportWriter.CreatePlainConsole(output)
            : Console.IsOutputRedirected ? Output.ProcessConsole.Redirected(output)
            : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });

    private sealed class UsageErrorAction(CommandLineAction inner) : AsynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken = default)
        {
            var errors = parseResult.Errors.Select(e => e.Message).Concat(parseResult.UnmatchedTokens.Select(t => $"Unrecognized command or argument '{t}'.")).ToList();
            if (errors.Count > 0)
            {
                foreach (var error in errors)
                {
                    parseResult.InvocationConfiguration.Error.WriteLine("error: " + error);
                }

                parseResult.InvocationConfiguration.Error.WriteLine("Run with --help for usage.");
                return UsageError;
            }

            return inner switch
            {
                AsynchronousCommandLineAction asynchronous => await asynchronous.InvokeAsync(parseResult, cancellationToken).ConfigureAwait(false),
                SynchronousCommandLineAction synchronous => synchronous.Invoke(parseResult),
                _ => throw new InvalidOperationException("Unknown action type " + inner.GetType()),
            };
        }
    }
}
