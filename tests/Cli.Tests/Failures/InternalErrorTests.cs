using System.CommandLine;
using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Failures;

public sealed class InternalErrorTests
{
    [Fact]
    public async Task AnUnexpectedExceptionIsOneLineNamingTheTraceFileAndExitsSeventy()
    {
        var result = await RunCrashingCommandAsync();

        Assert.Equal(70, result.Code);
        var line = Assert.Single(result.Lines);
        Assert.StartsWith("Unhandled exception. ", line, StringComparison.Ordinal);
        Assert.Contains("the index is broken", line, StringComparison.Ordinal);
        var trace = System.Text.RegularExpressions.Regex.Match(line, @"full trace: (\S+);").Groups[1].Value;
        try
        {
            Assert.Contains("InvalidOperationException: the index is broken", File.ReadAllText(trace), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(trace);
        }
    }

    [Fact]
    public async Task WithVerboseTheTraceIsPrintedInsteadOfSaved()
    {
        var result = await RunCrashingCommandAsync("--verbose");

        Assert.Equal(70, result.Code);
        Assert.StartsWith("Unhandled exception. ", result.Lines[0], StringComparison.Ordinal);
        Assert.Contains(result.Lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheGateClassifiesOurOwnCrashAsCrashedNotAsRefused()
    {
        var result = await RunCrashingCommandAsync("--verbose");

        Assert.Equal(RunVerdict.Crashed, ExitCodeClassifier.Classify(result.Code, result.Error).Verdict);
    }

    private static async Task<CliResult> RunCrashingCommandAsync(params string[] extra)
    {
        var root = new RootCommand();
        root.Options.Add(new Option<bool>("--verbose") { Recursive = true });
        var crash = new Command("crash");
        crash.SetAction((ParseResult _) => (int)ThrowBroken());
        root.Subcommands.Add(crash);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(root, ["crash", .. extra], output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    private static object ThrowBroken() => throw new InvalidOperationException("the index is broken");
}
