/*
 * The one entry of the mailmig-fidelity command line. Every option is validated while parsing, so a
 * usage error is reported (at most three lines, exit 2) before any command starts work; anything
 * that still escapes a command is our bug and is reported as an internal error (exit 70).
 */
using System.CommandLine;
using MailMig.Fidelity.Cli.Commands;
using MailMig.Fidelity.Cli.Failures;
using MailMig.Fidelity.Cli.Help;
using MailMig.Fidelity.Cli.Output;
using MailMig.Fidelity.Cli.Validation;
using MailMig.Fidelity.Comparer.Reports;
using Spectre.Console;

namespace MailMig.Fidelity.Cli;

/// <summary>Builds the mailmig-fidelity command tree and runs it.</summary>
public static class CliApp
{
    /// <summary>The exit code for a usage error or unreadable input.</summary>
    public const int UsageError = ExitCodes.UsageError;

    /// <summary>The exit code for an internal error (an unexpected exception).</summary>
    public const int InternalError = ExitCodes.InternalError;

    /// <summary>Builds the root command with every subcommand, writing to the process console.</summary>
    public static RootCommand CreateRootCommand() => CreateRootCommand(ProcessConsole.Create(), Console.Error);

    /// <summary>Builds the root command whose migrate and run commands write to <paramref name="console"/> and <paramref name="error"/>.</summary>
    internal static RootCommand CreateRootCommand(IAnsiConsole console, TextWriter error)
    {
        var root = new RootCommand("mailmig-fidelity: generate cc:Mail post offices, migrate them, verify the result.");
        root.Options.Add(new Option<bool>("--verbose") { Description = "On an internal error, print the full trace instead of saving it to a file.", Recursive = true });
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(MigrateCommand.Create(console, error));
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(AcceptCommand.Create());
        root.Subcommands.Add(RunCommand.Create(console, error));
        root.Subcommands.Add(ShrinkCommand.Create(console, error));
        root.Subcommands.Add(AnonymizeCommand.Create(console));
        root.Subcommands.Add(CaseCommand.Create(console, error, Comparer.Snapshots.SnapshotEnvironment.FromProcess()));
        root.Subcommands.Add(MergeCommand.Create());
        TypedValues.ExplainIn(root);
        ExitCodeHelpAction.InstallOn(root);
        return root;
    }

    /// <summary>Runs the command line <paramref name="args"/> on the process console and returns the process exit code.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <summary>Runs <paramref name="args"/> writing to <paramref name="output"/> and <paramref name="error"/>, and returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var console = ReferenceEquals(output, Console.Out) ? ProcessConsole.Create() : ConsoleReportWriter.CreatePlainConsole(output);
        return RunAsync(CreateRootCommand(console, error), args, output, error);
    }

    /// <summary>Runs <paramref name="args"/> against <paramref name="root"/>: usage errors exit 2, unexpected exceptions exit 70.</summary>
    internal static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(root);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not ExitCodeHelpAction)
        {
            return UsageErrors.Report(parse, error);
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("cancelled.");
            return 130;
        }
        catch (Exception e)
        {
            return Failures.InternalError.Report(e, error, parse.GetValue<bool>("--verbose"));
        }
    }
}
