/*
 * System.CommandLine 2.0.0 names the root command after the executable (MailMig.Fidelity.Cli, or
 * testhost under a test runner) and has no place for exit codes. This help action lets the stock
 * help write into a buffer, renames the root in the usage lines to the command users type, and
 * appends the command's exit codes.
 */
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;

namespace MailMig.Fidelity.Cli.Help;

/// <summary>The stock help with the command name users type and each command's exit codes.</summary>
public sealed class ExitCodeHelpAction(HelpAction inner) : SynchronousCommandLineAction
{
    /// <summary>The command name users type.</summary>
    public const string CommandName = "mailmig-fidelity";

    /// <inheritdoc/>
    public override bool ClearsParseErrors => true;

    /// <summary>Replaces the action of every help option in <paramref name="root"/> with this one.</summary>
    public static void InstallOn(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction stock } help)
            {
                help.Action = new ExitCodeHelpAction(stock);
            }
        }
    }

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var configuration = parseResult.InvocationConfiguration;
        var output = configuration.Output;
        using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        configuration.Output = buffer;
        try
        {
            inner.Invoke(parseResult);
        }
        finally
        {
            configuration.Output = output;
        }

        output.Write(Rename(buffer.ToString(), parseResult.RootCommandResult.Command.Name));
        output.WriteLine("Exit codes:");
        foreach (var (code, meaning) in ExitCodes.Of(parseResult.CommandResult.Command.Name))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {code,-4}{meaning}"));
        }

        output.WriteLine();
        return 0;
    }

    private static string Rename(string help, string rootName)
    {
        var lines = help.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart().Length;
            if (lines[i].AsSpan(indent).StartsWith(rootName + " ", StringComparison.Ordinal) || lines[i].AsSpan(indent).TrimEnd().SequenceEqual(rootName))
            {
                lines[i] = lines[i][..indent] + CommandName + lines[i][(indent + rootName.Length)..];
            }
        }

        return string.Join('\n', lines);
    }
}
