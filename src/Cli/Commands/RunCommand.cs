/*
 * The main job: every corpus case regenerated, migrated by the migrator under test (ours in process
 * by default, or any executable from a command template), verified against its snapshots and ground
 * truth, with a summary table and HTML and JUnit reports. Its exit code gates CI: 0 when every case
 * passes, 1 when any fails, 2 for usage errors (no corpora, a malformed case, a bad template).
 */
using System.CommandLine;
using System.Globalization;
using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Cli.Sharding;
using MailMig.Fidelity.Cli.Validation;
using Spectre.Console;

namespace MailMig.Fidelity.Cli.Commands;

/// <summary>The <c>run</c> command: the regression gate over <c>corpora/</c>.</summary>
public static class RunCommand
{
    /// <summary>Builds the command writing to the process console.</summary>
    public static Command Create() => Create(AnsiConsole.Console, Console.Error);

    /// <summary>Builds the command writing its summary to <paramref name="console"/> and errors to <paramref name="error"/>.</summary>
    internal static Command Create(IAnsiConsole console, TextWriter error)
    {
        var migrator = new Option<string?>("--migrator") { Description = "A migrator to judge instead of ours, as a command template such as \"tool {source} {out}\". " + PlaceholderHelp() }.MustBeCommandTemplate();
        var corpora = new Option<string?>("--corpora") { Description = "The corpora folder (default: corpora/ here or in a parent folder)." }.MustBeExistingFolder();
        var report = new Option<string>("--report") { Description = "Where reports and work files go.", DefaultValueFactory = _ => Path.Combine("artifacts", "run") }.MustBeWritableFolder();
        var cases = new Option<string[]>("--case") { Description = "Run only these cases (repeatable).", AllowMultipleArgumentsPerToken = true };
        var redact = new Option<bool>("--redact") { Description = "Keep message bodies and attachment contents out of every report (customer data)." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds an external migrator may run per case before it counts as hung.", DefaultValueFactory = _ => 600 }.MustBePositive("seconds");
        var allowRemovals = new Option<bool>("--allow-removals") { Description = "With MAILMIG_ACCEPT=true: also remove approved snapshots that no message produced (without it, they are kept and listed)." };
        var noSandbox = new Option<bool>("--no-sandbox") { Description = "Run an external migrator without the bubblewrap sandbox (its work folder is still checked)." };
        var command = new Command("run", "Regenerate, migrate and verify every corpus case; the exit code gates CI.");
        foreach (var option in new Option[] { migrator, corpora, report, cases, timeout, redact, allowRemovals, noSandbox })
        {
            command.Options.Add(option);
        }

        var sharding = new RunSharding();
        sharding.AddTo(command);

        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(migrator), parse.GetValue(corpora), parse.GetValue(report)!, parse.GetValue(cases) ?? [], parse.GetValue(timeout),
            parse.GetValue(redact), parse.GetValue(allowRemovals), parse.GetValue(noSandbox), sharding.Read(parse), console, error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? migratorTemplate, string? corporaOption, string reportFolder, string[] only, int timeoutSeconds,
        bool redact, bool allowRemovals, bool noSandbox, ShardRequest sharding, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken)
    {
        string corpora;
        IReadOnlyList<CorpusCase> cases;
        IMigratorRunner migrator;
        try
        {
            (corpora, cases) = LoadCases(corporaOption, only);
            migrator = migratorTemplate is null
                ? new InProcessMigratorRunner()
                : new ExternalMigratorRunner(CommandTemplate.Parse(migratorTemplate), TimeSpan.FromSeconds(timeoutSeconds)) { UseSandbox = !noSandbox };
        }
        catch (Exception e) when (e is CorpusException or ArgumentException)
        {
            await error.WriteLineAsync("error: " + e.Message);
            return CliApp.UsageError;
        }

        var durations = sharding.LoadDurations(corpora, error);
        cases = sharding.Select(cases, durations);
        if (sharding.List)
        {
            CaseList.Write(console.Profile.Out.Writer, cases, durations, sharding.Shard, sharding.Json);
            return 0;
        }

        // An external migrator's timeout covers its whole case, compare stage included (CaseGuard).
        var runner = new CaseGuard(migrator, m => new CorpusRunner(m, Path.Combine(reportFolder, "work")) { AllowRemovals = allowRemovals },
            migratorTemplate is null ? null : TimeSpan.FromSeconds(timeoutSeconds));
        var measured = new Dictionary<string, double>(StringComparer.Ordinal);
        List<CaseResult> results;
        try
        {
            results = await RunCasesAsync(runner, cases, measured, console, Path.GetFullPath(reportFolder), cancellationToken);
        }
        catch (CorpusException e)
        {
            await error.WriteLineAsync("error: " + e.Message);
            return CliApp.UsageError;
        }

        var files = RunReportWriter.Write(results, migrator.Name, reportFolder, redact);
        WriteSummary(console, results, migrator.Name);
        console.WriteLine($"Reports: {string.Join(", ", files)}");
        RecordDurations(console, sharding, durations, measured, corpora, cases.Count);
        return results.All(r => r.Passed) ? 0 : 1;
    }

    // The corpora folder and the cases to run; throws CorpusException naming what is missing.
    private static (string Corpora, IReadOnlyList<CorpusCase> Cases) LoadCases(string? corporaOption, string[] only)
    {
        var corpora = corporaOption ?? FindCorpora() ?? throw new CorpusException("no corpora/ folder here or in a parent folder; pass --corpora");
        if (!Directory.Exists(corpora))
        {
            throw new CorpusException($"{corpora}: the corpora folder does not exist");
        }

        var cases = CorpusCase.LoadAll(corpora).Where(c => only.Length == 0 || only.Contains(c.Name)).ToList();
        var unknown = only.Where(o => !cases.Any(c => c.Name == o)).ToList();
        if (unknown.Count > 0 || cases.Count == 0)
        {
            throw new CorpusException(unknown.Count > 0 ? $"{corpora}: no case named {string.Join(", ", unknown)}" : $"{corpora}: holds no case (a folder with a case.json)");
        }

        return (corpora, cases);
    }

    // Runs every case in order, printing a line per case (and why it failed), and times each.
    private static async Task<List<CaseResult>> RunCasesAsync(CaseGuard runner, IReadOnlyList<CorpusCase> cases, Dictionary<string, double> measured,
        IAnsiConsole console, string reportFolder, CancellationToken cancellationToken)
    {
        var results = new List<CaseResult>();
        foreach (var corpusCase in cases)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var result = await runner.RunAsync(corpusCase, cancellationToken);
            measured[corpusCase.Name] = clock.Elapsed.TotalSeconds;
            results.Add(result);
            console.MarkupLine($"{(result.Passed ? "[green]passed[/]" : "[red]FAILED[/]")} {Markup.Escape(corpusCase.Name)}");
            if (!result.Passed)
            {
                console.WriteLine(result.Describe());
                if (result.AcceptHint(reportFolder) is { } hint)
                {
                    console.WriteLine(hint);
                }
            }
        }

        return results;
    }

    private static void RecordDurations(IAnsiConsole console, ShardRequest sharding, CaseDurations durations, Dictionary<string, double> measured, string corpora, int caseCount)
    {
        if (sharding.RecordDurations)
        {
            durations.With(measured).Save(corpora);
            console.WriteLine($"Durations of {measured.Count} cases recorded in {CaseDurations.PathIn(corpora)}");
        }
        else if (caseCount == 0)
        {
            console.WriteLine($"Shard {sharding.Shard} holds no case: there are fewer cases than shards.");
        }
    }

    private static string PlaceholderHelp() =>
        "Placeholders: " + string.Join("; ", CommandTemplate.Placeholders.Select(p => $"{p.Name} {p.Meaning}")) + ".";

    private static void WriteSummary(IAnsiConsole console, IReadOnlyList<CaseResult> results, string migrator)
    {
        var table = new Table().Title($"corpus run: {Markup.Escape(migrator)}")
            .AddColumns("case", "messages", "migrator", "grade", "snapshots", "result");
        table.Columns[0].NoWrap();
        foreach (var r in results)
        {
            var snapshots = r.Comparison?.Snapshots;
            table.AddRow(
                Markup.Escape(r.Case.Name),
                r.SourceMessages?.ToString(CultureInfo.InvariantCulture) ?? "—",
                Markup.Escape(r.Verdict.ToWords()),
                r.Comparison?.Truth?.Run.Grade.ToString() ?? "—",
                snapshots is null ? "—" : Snapshots(snapshots),
                r.Passed ? "[green]passed[/]" : "[red]FAILED[/]");
        }

        console.Write(table);
        console.MarkupLine($"{results.Count(r => r.Passed)} of {results.Count} cases passed.");
    }

    private static string Snapshots(Comparer.Snapshots.FolderVerificationResult s)
    {
        var parts = new[] { (s.Matched.Count, "ok"), (s.Differences.Count, "differ"), (s.New.Count, "new"), (s.Orphaned.Count, "missing") }
            .Where(p => p.Item1 > 0 || p.Item2 == "ok")
            .Select(p => $"{p.Item1.ToString(CultureInfo.InvariantCulture)} {p.Item2}");
        return Markup.Escape(string.Join(", ", parts));
    }

    private static string? FindCorpora()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpora");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
