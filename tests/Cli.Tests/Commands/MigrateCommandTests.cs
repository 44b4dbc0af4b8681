using System.CommandLine;
using System.Text.Json;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Cli.Commands;
using MailMig.Fidelity.Cli.Tests.Support;
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
        var result = await InProcessCli.RunAsync("migrate", "--source", missing, "--out", Path.Combine(_root, "out"));
        Assert.Equal(2, result.Code);
        Assert.Contains($"--source '{missing}' does not exist", result.Error, StringComparison.Ordinal);
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
        var result = await InProcessCli.RunAsync("migrate", "--source", _root, "--out", Path.Combine(_root, "out"), "--mapping", Path.Combine(_root, "names.tab"));
        Assert.Equal(2, result.Code);
        Assert.Contains("names.tab' does not exist", result.Error, StringComparison.Ordinal);
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

    [Theory]
    [InlineData("eml", "Smith, Grover/Inbox/000001.eml")]
    [InlineData("mbox", "Smith, Grover/Inbox.mbox")]
    [InlineData("exchange55", "Smith, Grover/MIGRATE.PRI")]
    public async Task AnExportFileMigratesWithExitZeroAndASummary(string target, string expected)
    {
        var source = WriteExport(damaged: false);
        var output = Path.Combine(_root, "out");
        Assert.Equal(0, await RunAsync("migrate", "--source", source, "--out", output, "--target", target, "--time-zone", "America/New_York", "--org-domain", "corp.example"));
        Assert.True(File.Exists(Path.Combine(output, expected)), expected);
        using var report = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "migration-report.json")));
        Assert.Equal(target, report.RootElement.GetProperty("target").GetString());
        Assert.Equal("corp.example", report.RootElement.GetProperty("orgDomain").GetString());
        Assert.Equal(2, report.RootElement.GetProperty("totals").GetProperty("migrated").GetInt32());
        Assert.Contains("migrated", _console.ToString(), StringComparison.Ordinal);
        Assert.Equal("", _error.ToString());
    }

    [Fact]
    public async Task SkippedMessagesGiveExitOneAndTheSummaryNamesTheReason()
    {
        var source = WriteExport(damaged: true);
        Assert.Equal(1, await RunAsync("migrate", "--source", source, "--out", Path.Combine(_root, "out")));
        Assert.Contains("skipped: source-unreadable", _console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMappingTableTurnsNativeUsersIntoSmtp()
    {
        var source = WriteExport(damaged: false);
        var mapping = Path.Combine(_root, "names.tab");
        await File.WriteAllLinesAsync(mapping, ["Doe, Jane<=>jane.doe@ferguson.example"]);
        var output = Path.Combine(_root, "out");
        Assert.Equal(0, await RunAsync("migrate", "--source", source, "--out", output, "--mapping", mapping, "--time-zone", "UTC"));
        var eml = await File.ReadAllTextAsync(Path.Combine(output, "Smith, Grover", "Inbox", "000001.eml"));
        Assert.Contains("<jane.doe@ferguson.example>", eml, StringComparison.Ordinal);
    }

    private string WriteExport(bool damaged)
    {
        var path = Path.Combine(_root, "grover.txt");
        using (var writer = new ExportWriter(File.Create(path)))
        {
            writer.WriteHeader(new ExportFileHeader { Mailbox = "Smith, Grover", PostOffice = "FERGUSON" });
            for (var i = 1; i <= 2; i++)
            {
                writer.WriteMessage(new CcMessage
                {
                    From = AddressParser.Parse("Smith, Grover at FERGUSON"),
                    To = [AddressParser.Parse("Doe, Jane at FERGUSON"), AddressParser.Parse("jdoe at ATTMAIL")],
                    DateText = "11/16/98 10:30 AM",
                    Date = new DateTime(1998, 11, 16, 10, 30, 0),
                    Subject = $"message {i}",
                    Items = [new TextItem { Text = "Hello\r\n" }],
                });
            }

            if (damaged)
            {
                writer.WriteRaw("Message: 10\r\n\u0001\u0002\r\n"u8);
            }
        }

        return path;
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
