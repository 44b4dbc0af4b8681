namespace MailMig.Fidelity.Cli.Tests.Support;

/// <summary>Runs the mailmig-fidelity command line in this process through its app entry, capturing what it prints.</summary>
public static class InProcessCli
{
    /// <summary>Runs <paramref name="args"/> and returns the exit code and the captured output.</summary>
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
