/*
 * System.CommandLine reports a value it cannot convert with the .NET type's name ("expected type
 * 'System.Nullable`1[System.Int32]'"). Every number option in the tree gets a parser that says in
 * words what was expected instead, so options added later are covered without further wiring.
 */
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace MailMig.Fidelity.Cli.Validation;

/// <summary>Gives every number option of a command tree an error message in words.</summary>
public static class TypedValues
{
    /// <summary>Installs parsers on every whole-number and number option under <paramref name="command"/> that has none.</summary>
    public static void ExplainIn(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in command.Options)
        {
            switch (option)
            {
                case Option<int> whole:
                    whole.CustomParser ??= r => Parse(r, option.Name, WholeNumber, 0);
                    break;
                case Option<int?> whole:
                    whole.CustomParser ??= r => Parse<int?>(r, option.Name, WholeNumber, null);
                    break;
                case Option<double> number:
                    number.CustomParser ??= r => Parse(r, option.Name, Number, 0d);
                    break;
                case Option<double?> number:
                    number.CustomParser ??= r => Parse<double?>(r, option.Name, Number, null);
                    break;
            }
        }

        foreach (var subcommand in command.Subcommands)
        {
            ExplainIn(subcommand);
        }
    }

    private static (string Expected, Func<string, object?> Convert) WholeNumber =>
        ("a whole number such as 10", text => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null);

    private static (string Expected, Func<string, object?> Convert) Number =>
        ("a number such as 0.5", text => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null);

    private static T Parse<T>(ArgumentResult result, string option, (string Expected, Func<string, object?> Convert) kind, T fallback)
    {
        if (result.Tokens.Count == 0)
        {
            return fallback;
        }

        var text = result.Tokens[^1].Value;
        if (kind.Convert(text) is { } value)
        {
            return (T)value;
        }

        result.AddError($"{option} expects {kind.Expected}, not '{text}'");
        return fallback;
    }
}
