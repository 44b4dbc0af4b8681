using MailMig.Fidelity.Cli.Commands;
using Spectre.Console;

namespace MailMig.Fidelity.Cli.Tests.Support;

/// <summary>Runs the <c>run</c> command in process and captures everything it prints.</summary>
public static class GateRun
{
    /// <summary>Invokes <c>run</c> with <paramref name="args"/>; returns the exit code and the console and error text together.</summary>
    public static async Task<(int ExitCode, string Output)> InvokeAsync(params string[] args)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 400;
        var root = new System.CommandLine.RootCommand { RunCommand.Create(console, output) };
        var exitCode = await root.Parse(["run", .. args]).InvokeAsync();
        return (exitCode, output.ToString());
    }
}
