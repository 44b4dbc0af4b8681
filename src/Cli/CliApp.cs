using System.CommandLine;

namespace MailMig.Fidelity.Cli;

/// <summary>Builds the mailmig-fidelity command tree and runs it.</summary>
public static class CliApp
{
    /// <summary>Runs the command line <paramref name="args"/> and returns the process exit code.</summary>
    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("MailMig.Fidelity: generate cc:Mail post offices, migrate them, verify the result.");
        return root.Parse(args).InvokeAsync();
    }
}
