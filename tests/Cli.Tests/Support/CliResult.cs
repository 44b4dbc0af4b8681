namespace MailMig.Fidelity.Cli.Tests.Support;

/// <summary>How one invocation of the command line ended: its exit code and what it printed.</summary>
public sealed record CliResult(int Code, string Output, string Error)
{
    /// <summary>Every non-blank line of standard output and standard error together.</summary>
    public IReadOnlyList<string> Lines =>
        (Output + "\n" + Error).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();

    /// <summary>Standard output and standard error together, for assertion messages.</summary>
    public string Text => (Output + "\n" + Error).Trim();
}
