using System.Diagnostics;

namespace MailMig.Fidelity.Cli.Tests.Support;

/// <summary>Runs the built mailmig-fidelity command (MailMig.Fidelity.Cli.dll beside the tests) as a separate process.</summary>
public static class OutOfProcessCli
{
    /// <summary>Runs <paramref name="args"/> with <c>dotnet</c> and returns the exit code and what it printed.</summary>
    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), args);

    /// <summary>Runs <paramref name="args"/> with <paramref name="environment"/> added to the process environment.</summary>
    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(RepositoryPaths.Cli);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await output, await error);
    }
}
