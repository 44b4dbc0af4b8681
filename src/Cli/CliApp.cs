using System.CommandLine;
using MailMig.Fidelity.Cli.Commands;

namespace MailMig.Fidelity.Cli;

/// <summary>Builds the mailmig-fidelity command tree and runs it.</summary>
public static class CliApp
{
    /// <summary>The exit code for a usage error or unreadable input.</summary>
    public const int UsageError = 2;

    /// <summary>Builds the root command with every subcommand.</summary>
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("mailmig-fidelity: generate cc:Mail post offices, migrate them, verify the result.");
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(AcceptCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        return root;
    }

    /// <summary>Runs the command line <paramref name="args"/> and returns the process exit code (2 for usage errors).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? error = null)
    {
        var parse = CreateRootCommand().Parse(args);
        if (parse.Errors.Count > 0)
        {
            error ??= Console.Error;
            foreach (var e in parse.Errors)
            {
                await error.WriteLineAsync($"error: {e.Message}");
            }

            await error.WriteLineAsync("Run 'mailmig-fidelity --help' for usage.");
            return UsageError;
        }

        return await parse.InvokeAsync();
    }
}
