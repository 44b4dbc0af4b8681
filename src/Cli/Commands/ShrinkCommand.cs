/*
 * `mailmig-fidelity shrink`: cuts a customer's export down to what still makes a migrator fail the
 * same way (docs/corpora.md). Exit 0 when the shrunk file was written, 2 for usage errors and for
 * an export there is nothing to shrink in (the migrator does not fail on it). The candidates run in
 * a work folder under the system's temporary folder, removed at the end.
 */
using System.CommandLine;
using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Cli.Shrinking;
using MailMig.Fidelity.Cli.Validation;
using Spectre.Console;

namespace MailMig.Fidelity.Cli.Commands;

/// <summary>The <c>shrink</c> command: delta debugging of a failing export file.</summary>
public static class ShrinkCommand
{
    /// <summary>Builds the command writing to the process console.</summary>
    public static Command Create() => Create(AnsiConsole.Console, Console.Error);

    /// <summary>A readable cc:Mail export file: anything else (a program, an empty file, a DB8 store file) leaves nothing to shrink.</summary>
    internal static string? SourceProblem(string path)
    {
        if (PathRules.ReadableFile(path) is { } problem)
        {
            return problem;
        }

        return CcMail.Export.ExportFileCheck.WhyNot(path) is { } why ? "is not a cc:Mail export file: " + why : null;
    }

    /// <summary>A file to write: not a folder, in a folder that exists or can be created.</summary>
    internal static string? OutputFileProblem(string path) =>
        string.IsNullOrWhiteSpace(path) ? "is empty; name a file"
        : Directory.Exists(path) ? "is a folder, not a file"
        : PathRules.WritableFolder(Path.GetDirectoryName(Path.GetFullPath(path))!) is { } problem ? "cannot be written: its folder " + problem
        : null;

    /// <summary>Builds the command writing its progress and summary to <paramref name="console"/> and errors to <paramref name="error"/>.</summary>
    internal static Command Create(IAnsiConsole console, TextWriter error, Func<string?, int, IMigratorRunner>? runners = null)
    {
        var source = new Option<string>("--source") { Description = "The export file the migrator fails on.", Required = true }.MustBe(SourceProblem);
        var output = new Option<string>("--out") { Description = "The shrunk export file to write.", Required = true }.MustBe(OutputFileProblem);
        var migrator = new Option<string?>("--migrator") { Description = "The migrator that fails, as a command template such as \"tool {source} {out}\" (default: ours, in process)." }.MustBeCommandTemplate();
        var timeZone = new Option<string?>("--time-zone") { Description = "The IANA time zone of the export's post office (told to the migrators)." }.MustBe(CaseCommand.TimeZoneProblem);
        var until = new Option<string?>("--until") { Description = "Keep this failure instead of the original's first: a fact such as crashed, hung, \"skipped: reason\", \"differs: cc\"." };
        var budget = new Option<int?>("--budget") { Description = "Seconds to shrink for; then the smallest file so far is written (not minimal)." }.MustBePositive("seconds");
        var timeout = new Option<int>("--timeout") { Description = "Seconds one run of an external migrator may take before it counts as hung.", DefaultValueFactory = _ => 60 }.MustBePositive("seconds");
        var command = new Command("shrink", "Shrink an export file to the smallest one a migrator still fails on the same way.");
        foreach (var option in new Option[] { source, output, migrator, timeZone, until, budget, timeout })
        {
            command.Options.Add(option);
        }

        runners ??= (template, seconds) => template is null ? new InProcessMigratorRunner() : new ExternalMigratorRunner(CommandTemplate.Parse(template), TimeSpan.FromSeconds(seconds));
        command.SetAction((parse, cancellationToken) =>
        {
            var template = parse.GetValue(migrator);
            var oracleFactory = (string work) => new FailureOracle(runners(template, parse.GetValue(timeout)), template is not null, parse.GetValue(timeZone), work, Path.GetFileName(parse.GetValue(source)!));
            var seconds = parse.GetValue(budget);
            return RunAsync(parse.GetValue(source)!, parse.GetValue(output)!, oracleFactory, parse.GetValue(until), seconds is null ? null : TimeSpan.FromSeconds(seconds.Value), console, error, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(string source, string output, Func<string, FailureOracle> oracleFactory, string? until, TimeSpan? budget,
        IAnsiConsole console, TextWriter error, CancellationToken cancellationToken)
    {
        var work = Path.Combine(Path.GetTempPath(), "mailmig-shrink-" + Guid.NewGuid().ToString("N"));
        try
        {
            var original = await File.ReadAllBytesAsync(source, cancellationToken).ConfigureAwait(false);
            Task<ShrinkResult> Shrink(Action<string> progress) =>
                new Shrinker(oracleFactory(work)) { Until = until, Budget = budget, Progress = progress }.ShrinkAsync(original, cancellationToken);

            // Interactive: one status line that changes (size and steps); otherwise one line per level, for logs.
            var result = console.Profile.Capabilities.Interactive
                ? await console.Status().StartAsync("shrinking", context => Shrink(line => context.Status(Markup.Escape(line)))).ConfigureAwait(false)
                : await Shrink(line => { if (line.StartsWith("after ", StringComparison.Ordinal)) { console.MarkupLine(Markup.Escape(line)); } }).ConfigureAwait(false);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            await File.WriteAllBytesAsync(output, result.Shrunk.ToBytes(), cancellationToken).ConfigureAwait(false);
            console.MarkupLine(Markup.Escape(result.Summary()));
            console.MarkupLine(Markup.Escape($"the original: {result.Before}; the shrunk file ({output}): {result.After}"));
            return 0;
        }
        catch (ShrinkException e)
        {
            await error.WriteLineAsync($"error: --source '{source}': {e.Message}").ConfigureAwait(false);
            return CliApp.UsageError;
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }
}
