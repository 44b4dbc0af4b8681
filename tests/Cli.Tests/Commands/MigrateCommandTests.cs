using System.CommandLine;
using MailMig.Fidelity.Cli.Commands;
using Spectre.Console;

namespace MailMig.Fidelity.Cli.Tests.Commands;

public sealed class MigrateCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mailmig-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly StringWriter _console = new();
    private readonly StringWriter _error = new();

    public MigrateCommandTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task AMissingSourceIsAUsageErrorNamingIt()
    {
        var missing = Path.Combine(_root, "no-such-po");
        Assert.Equal(2, await RunAsync("migrate", "--source", missing, "--out", Path.Combine(_root, "out")));
        Assert.Contains($"the source '{missing}' does not exist", _error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));
    }

    [Fact]
    public async Task ADirectoryThatIsNotAPostOfficeIsUnreadableInput()
    {
        Assert.Equal(2, await RunAsync("migrate", "--source", _root, "--out", Path.Combine(_root, "out")));
        Assert.Contains("not a cc:Mail post office", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownTimeZoneIsAUsageError()
    {
        Assert.Equal(2, await RunAsync("migrate", "--source", _root, "--out", Path.Combine(_root, "out"), "--time-zone", "Mars/Olympus_Mons"));
        Assert.Contains("unknown time zone 'Mars/Olympus_Mons'", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingMappingFileIsAUsageError()
    {
        Assert.Equal(2, await RunAsync("migrate", "--source", _root, "--out", Path.Combine(_root, "out"), "--mapping", Path.Combine(_root, "names.tab")));
        Assert.Contains("names.tab' does not exist", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownTargetIsRejectedByTheParser()
    {
        var root = new RootCommand { MigrateCommand.Create() };
        var parse = root.Parse(["migrate", "--source", _root, "--out", _root, "--target", "pst"]);
        Assert.NotEmpty(parse.Errors);
    }

    [Fact]
    public void SourceAndOutAreRequired()
    {
        var root = new RootCommand { MigrateCommand.Create() };
        Assert.NotEmpty(root.Parse(["migrate", "--out", _root]).Errors);
        Assert.NotEmpty(root.Parse(["migrate", "--source", _root]).Errors);
    }

    private async Task<int> RunAsync(params string[] args)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_console),
        });
        var root = new RootCommand { MigrateCommand.Create(console, _error) };
        var parse = root.Parse(args);
        Assert.Empty(parse.Errors);
        return await parse.InvokeAsync();
    }
}
