/*
 * The console the commands print to. On a terminal it is Spectre's own (colours, the window's
 * width). Redirected to a file or a CI log there is no window: Spectre would assume 80 columns and
 * wrap table cells mid-word ("Comple/ted"), so a redirected console is plain text as wide as each
 * line needs, which log viewers and grep read one row a line.
 */
using Spectre.Console;

namespace MailMig.Fidelity.Cli.Output;

/// <summary>Creates the console for the process's standard output.</summary>
public static class ProcessConsole
{
    /// <summary>The width of a redirected console: wide enough that no table or line is ever wrapped.</summary>
    public const int RedirectedWidth = 4096;

    /// <summary>Spectre's console on a terminal; a plain, unwrapped one when standard output is redirected.</summary>
    public static IAnsiConsole Create() => Console.IsOutputRedirected ? Redirected(Console.Out) : AnsiConsole.Console;

    /// <summary>A plain console writing to <paramref name="writer"/> with no colours, no ANSI codes and no wrapping.</summary>
    public static IAnsiConsole Redirected(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = RedirectedWidth;
        return console;
    }
}
