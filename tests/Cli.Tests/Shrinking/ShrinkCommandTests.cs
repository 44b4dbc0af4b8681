using MailMig.Fidelity.Cli.Commands;
using MailMig.Fidelity.Cli.Shrinking;
using MailMig.Fidelity.Cli.Tests.Support;
using Spectre.Console;

namespace MailMig.Fidelity.Cli.Tests.Shrinking;

/// <summary>The <c>shrink</c> command: writes the shrunk file and says from what to what it shrank, or refuses.</summary>
public sealed class ShrinkCommandTests
{
    [Fact]
    public async Task Shrink_writes_the_shrunk_file_and_says_from_what_to_what_it_shrank()
    {
        using var temp = new TempFolder();
        var source = Path.Combine(temp.Path, "SMITH.TXT");
        File.WriteAllBytes(source, ShrinkExports.Build(culprit: 30, ["RRT: ATTMAIL:!jdoe"]));
        var output = Path.Combine(temp.Path, "small", "SMITH.TXT");

        var (code, text) = await ShrinkAsync("--source", source, "--out", output, "--migrator", "true {source} {out}", "--time-zone", "America/Chicago");

        Assert.True(code == 0, text);
        Assert.Contains("shrank 36 messages, 48 items", text, StringComparison.Ordinal);
        Assert.Contains("to 1 messages, 0 items, 1 header lines", text, StringComparison.Ordinal);
        Assert.Contains("keeping 'crashed (signal 6)'", text, StringComparison.Ordinal);
        var shrunk = RawExportParser.Parse(File.ReadAllBytes(output));
        Assert.Contains("ATTMAIL", System.Text.Encoding.ASCII.GetString(shrunk.Blocks[0].Headers[0].Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shrink_refuses_a_file_the_migrator_does_not_fail_on_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var source = Path.Combine(temp.Path, "SMITH.TXT");
        File.WriteAllBytes(source, ShrinkExports.Build(culprit: 0, [], count: 5));
        var output = Path.Combine(temp.Path, "small.txt");

        var result = await InProcessCli.RunAsync("shrink", "--source", source, "--out", output);

        Assert.Equal(2, result.Code);
        Assert.Contains("nothing to shrink", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task The_q197114_fixture_crashing_out_of_process_is_shrunk_to_its_attmail_address()
    {
        using var temp = new TempFolder();
        var source = Path.Combine(temp.Path, "SMITH.TXT");
        File.WriteAllBytes(source, ShrinkExports.Build(culprit: 2, ["To: jdoe at ATTMAIL"], count: 3));
        var output = Path.Combine(temp.Path, "small.txt");

        // A crashing process costs seconds (more in the sandbox on a loaded machine); the budget bounds the test.
        var result = await InProcessCli.RunAsync("shrink", "--source", source, "--out", output, "--budget", "120", "--migrator", $"dotnet {RepositoryPaths.Q197114Migrator} {{source}} {{out}}");

        Assert.True(result.Code == 0, result.Text);
        Assert.Contains("keeping 'crashed", result.Output, StringComparison.Ordinal);
        var shrunk = RawExportParser.Parse(File.ReadAllBytes(output));
        Assert.Single(shrunk.Blocks);
        Assert.Contains("ATTMAIL", System.Text.Encoding.ASCII.GetString(shrunk.ToBytes()), StringComparison.Ordinal);
    }

    /// <summary>Runs <c>shrink</c> with every migrator template played by the in-process ATTMAIL crash.</summary>
    private static async Task<(int Code, string Text)> ShrinkAsync(params string[] args)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
        console.Profile.Width = 400;
        var root = new System.CommandLine.RootCommand { ShrinkCommand.Create(console, output, (_, _) => new AttmailCrashRunner()) };
        var code = await root.Parse(["shrink", .. args]).InvokeAsync();
        return (code, output.ToString());
    }
}
