/*
 * `mailmig-fidelity case add NAME --source FILE --time-zone Z`: a customer's export becomes a corpus
 * case in one command (docs/corpora.md). Exit 0 when the case was added and passes, 1 when it was
 * added but does not pass yet (the review list says why), 2 for usage errors (nothing written).
 */
using System.CommandLine;
using MailMig.Fidelity.Cli.Cases;
using MailMig.Fidelity.Cli.Validation;
using MailMig.Fidelity.Comparer.Snapshots;
using Spectre.Console;

namespace MailMig.Fidelity.Cli.Commands;

/// <summary>The <c>case</c> command and its <c>add</c> subcommand.</summary>
public static class CaseCommand
{
    /// <summary>Builds the command writing to the process console.</summary>
    public static Command Create() => Create(AnsiConsole.Console, Console.Error, SnapshotEnvironment.FromProcess());

    /// <summary>Builds the command writing to <paramref name="console"/> and <paramref name="error"/>, approving under <paramref name="environment"/>.</summary>
    internal static Command Create(IAnsiConsole console, TextWriter error, SnapshotEnvironment environment)
    {
        var command = new Command("case", "Manage corpus cases.");
        command.Subcommands.Add(CreateAdd(console, error, environment));
        return command;
    }

    /// <summary>The option rule for an IANA time zone id.</summary>
    internal static string? TimeZoneProblem(string zone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _) ? null : "is not a known IANA time zone (such as America/New_York)";

    private static Command CreateAdd(IAnsiConsole console, TextWriter error, SnapshotEnvironment environment)
    {
        var name = new Argument<string>("NAME") { Description = "The case's folder name under corpora/ (letters, digits, '-')." };
        var source = new Option<string>("--source") { Description = "The customer's export file, copied byte for byte.", Required = true }.MustBeReadableFile();
        var timeZone = new Option<string>("--time-zone") { Description = "The IANA time zone of the export's post office.", Required = true }.MustBe(TimeZoneProblem);
        var guards = new Option<string?>("--guards") { Description = "One line saying what the case guards (default: a placeholder to replace)." };
        var anonymize = new Option<bool>("--anonymize") { Description = "Anonymize the export (names, addresses, subjects, bodies, attachments) before it is copied." };
        var key = new Option<string?>("--key") { Description = "With --anonymize: the secret the pseudonyms are keyed with (default: a random key)." }
            .MustBe(k => k.Length < 8 ? "is too short: use at least 8 characters" : null);
        var shrinkWith = new Option<string?>("--shrink-with") { Description = "Shrink the export first against this failing migrator, a command template such as \"tool {source} {out}\"." }.MustBeCommandTemplate();
        var corpora = new Option<string>("--corpora") { Description = "The corpora folder.", DefaultValueFactory = _ => "corpora" }.MustBeExistingFolder();
        var command = new Command("add", "Add a customer's export as a corpus case: copy it, draft its ground truth, approve its snapshots.");
        command.Arguments.Add(name);
        foreach (var option in new Option[] { source, timeZone, guards, anonymize, key, shrinkWith, corpora })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => AddAsync(
            new CaseAddRequest(parse.GetValue(corpora)!, parse.GetValue(name)!, parse.GetValue(source)!, parse.GetValue(timeZone)!, parse.GetValue(guards),
                parse.GetValue(anonymize), parse.GetValue(key), parse.GetValue(shrinkWith)),
            new CaseAdder(environment), console, error, cancellationToken));
        return command;
    }

    private static async Task<int> AddAsync(CaseAddRequest request, CaseAdder adder, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken)
    {
        CaseAddResult result;
        try
        {
            result = await adder.AddAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (CaseAddException e)
        {
            await error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return CliApp.UsageError;
        }

        console.WriteLine($"added {result.Folder}: {result.Approved} snapshots approved with our migrator; the case {(result.Passes ? "passes" : "does NOT pass yet")}");
        console.WriteLine("review before committing:");
        foreach (var line in result.Review)
        {
            console.WriteLine("  - " + line);
        }

        return result.Passes ? 0 : 1;
    }
}
