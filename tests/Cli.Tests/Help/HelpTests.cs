using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Help;

public sealed class HelpTests
{
    [Theory]
    [InlineData("", "0   success")]
    [InlineData("generate", "0   the post office was generated")]
    [InlineData("migrate", "1   migrated, but some messages skipped")]
    [InlineData("compare", "1   differences")]
    [InlineData("accept", "0   snapshots accepted")]
    [InlineData("run", "1   at least one case failed")]
    public async Task EveryCommandsHelpShowsTheNameUsersTypeAndListsItsExitCodes(string command, string ownExitCode)
    {
        var result = await InProcessCli.RunAsync([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);

        Assert.Equal(0, result.Code);
        Assert.Contains(("mailmig-fidelity " + command).Trim() + " [", result.Output, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", result.Output, StringComparison.Ordinal);
        Assert.Contains(ownExitCode, result.Output, StringComparison.Ordinal);
        Assert.Contains("2   usage error", result.Output, StringComparison.Ordinal);
        Assert.Contains("70  internal error", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunHelpListsEveryPlaceholderOfTheMigratorTemplate()
    {
        var help = Flatten((await InProcessCli.RunAsync("run", "--help")).Output);

        foreach (var placeholder in new[] { "{source}", "{out}", "{timezone}", "{target}", "{imap}" })
        {
            Assert.Contains(placeholder + " ", help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheBuiltCommandsHelpNamesItMailmigFidelityNotItsAssembly()
    {
        var result = await OutOfProcessCli.RunAsync("compare", "--help");

        Assert.Equal(0, result.Code);
        Assert.Contains("mailmig-fidelity compare [options]", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MailMig.Fidelity.Cli", result.Output, StringComparison.Ordinal);
    }

    private static string Flatten(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
