/*
 * Parse and validation errors, said in at most three lines: the first two problems (a third and
 * more are counted), then where help is. An unknown command is one sentence listing the commands
 * instead of System.CommandLine's cascade of "Required command" and "Unrecognized" lines.
 */
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using MailMig.Fidelity.Cli.Help;

namespace MailMig.Fidelity.Cli.Failures;

/// <summary>Prints the errors of a parse as at most three lines and returns the usage-error exit code.</summary>
public static class UsageErrors
{
    private const int Shown = 2;

    /// <summary>Writes the errors of <paramref name="parse"/> to <paramref name="error"/> and returns 2.</summary>
    public static int Report(ParseResult parse, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(error);
        var problems = Problems(parse);
        for (var i = 0; i < Math.Min(Shown, problems.Count); i++)
        {
            var more = i == Shown - 1 && problems.Count > Shown
                ? string.Create(CultureInfo.InvariantCulture, $" (and {problems.Count - Shown} more problems)")
                : "";
            error.WriteLine($"error: {problems[i]}{more}");
        }

        var command = parse.CommandResult.Command;
        var name = command is RootCommand ? ExitCodeHelpAction.CommandName : $"{ExitCodeHelpAction.CommandName} {command.Name}";
        error.WriteLine($"Run '{name} --help' for usage.");
        return ExitCodes.UsageError;
    }

    private static List<string> Problems(ParseResult parse)
    {
        if (parse.CommandResult.Command is RootCommand root && parse.UnmatchedTokens.Count > 0 && !parse.UnmatchedTokens[0].StartsWith('-'))
        {
            var commands = string.Join(", ", root.Subcommands.Select(c => c.Name));
            return [$"'{parse.UnmatchedTokens[0]}' is not a command; the commands are {commands}"];
        }

        return parse.Errors.Select(e => OneLine(Named(e))).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The error's message, prefixed with its option's name when the message does not say it ("Argument 'pdf' not recognized").</summary>
    private static string Named(ParseError error)
    {
        var option = error.SymbolResult switch
        {
            OptionResult o => o.Option,
            ArgumentResult { Parent: OptionResult o } => o.Option,
            _ => null,
        };
        return option is null || error.Message.Contains(option.Name, StringComparison.Ordinal) ? error.Message : $"{option.Name}: {error.Message}";
    }

    private static string OneLine(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
