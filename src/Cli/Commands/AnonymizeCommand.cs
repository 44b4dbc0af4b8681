/*
 * `mailmig-fidelity anonymize --source FILE --out FILE [--key SECRET]`: replaces the customer's
 * names, addresses, subjects, bodies and attachments with keyed pseudonyms of the same shape, then
 * migrates both files and compares. Exit 0 when the outcomes match, 1 when they differ (each
 * difference is named), 2 for usage errors. Without --key a random key is used: the pseudonyms
 * cannot be reproduced (or reversed by guessing) later.
 */
using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using MailMig.Fidelity.Cli.Anonymizing;
using MailMig.Fidelity.Cli.Validation;
using Spectre.Console;

namespace MailMig.Fidelity.Cli.Commands;

/// <summary>The <c>anonymize</c> command.</summary>
public static class AnonymizeCommand
{
    /// <summary>Builds the command writing to the process console.</summary>
    public static Command Create() => Create(AnsiConsole.Console);

    /// <summary>Builds the command writing its summary to <paramref name="console"/>.</summary>
    internal static Command Create(IAnsiConsole console)
    {
        var source = new Option<string>("--source") { Description = "The customer's export file.", Required = true }.MustBeReadableFile();
        var output = new Option<string>("--out") { Description = "The anonymized export file to write.", Required = true }.MustBe(ShrinkCommand.OutputFileProblem);
        var key = new Option<string?>("--key") { Description = "The secret the pseudonyms are keyed with: the same file and key give the same bytes (default: a random key)." }
            .MustBe(k => k.Length < 8 ? "is too short: use at least 8 characters" : null);
        var timeZone = new Option<string?>("--time-zone") { Description = "The IANA time zone of the export's post office, for the two check migrations." }.MustBe(CaseCommand.TimeZoneProblem);
        var command = new Command("anonymize", "Replace every name, address, subject, body and attachment of an export with keyed pseudonyms, keeping its faults.");
        foreach (var option in new Option[] { source, output, key, timeZone })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var secret = parse.GetValue(key) is { } text ? Encoding.UTF8.GetBytes(text) : RandomNumberGenerator.GetBytes(32);
            var outcome = await Anonymizer.RunAsync(parse.GetValue(source)!, parse.GetValue(output)!, secret, parse.GetValue(timeZone), cancellationToken);
            return Report(console, outcome, parse.GetValue(output)!, parse.GetValue(key) is null);
        });
        return command;
    }

    private static int Report(IAnsiConsole console, AnonymizeOutcome outcome, string output, bool randomKey)
    {
        console.MarkupLine(Markup.Escape($"wrote {output}{(randomKey ? " (random key: the pseudonyms cannot be reproduced; pass --key to make them repeatable)" : "")}"));
        if (outcome.Same)
        {
            console.MarkupLine(Markup.Escape($"our migrator's outcome is unchanged: {outcome.Original[0]}, with the same repairs and skips"));
            return 0;
        }

        console.MarkupLine(Markup.Escape("the anonymized file does NOT migrate the same way; the fault may be gone with the data:"));
        foreach (var line in outcome.Differences())
        {
            console.MarkupLine(Markup.Escape("  " + line));
        }

        return 1;
    }
}
