using System.CommandLine;
using System.Text;
using System.Text.Json;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Cli.Commands;
using Spectre.Console;

namespace MailMig.Fidelity.Cli.Tests.Commands;

/*
 * Issue 9, as a new user would try it: exit codes that tell the truth, input that is not an export file,
 * over-long headers and deep nesting that are kept and reported, long names, bounded reports, one run per
 * output folder. Every input is scaled down from the (a few MB, a few hundred levels).
 */
public sealed class MigrateTruthTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mailmig-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly StringWriter _console = new();
    private readonly StringWriter _error = new();

    public MigrateTruthTests() => Directory.CreateDirectory(_root);

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
    public async Task AnErrorDiagnosticInTheSourceGivesExitOneAndTheSummaryShowsIt()
    {
        var source = WriteExport("grover.txt", Simple("one"), stray: "6\r\n");
        Assert.Equal(1, await RunAsync("migrate", "--source", source, "--out", Out(), "--time-zone", "UTC"));
        Assert.Contains("export.unexpected-token", _console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAssumedTimeZoneIsShownInTheSummaryNotOnlyInTheReport()
    {
        var source = WriteExport("grover.txt", Simple("one"));
        Assert.Equal(0, await RunAsync("migrate", "--source", source, "--out", Out()));
        Assert.Contains("migrate.time-zone-assumed", _console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProgramFileGivenAsTheSourceIsRefusedAsBinary()
    {
        Assert.Equal(2, await RunAsync("migrate", "--source", "/bin/ls", "--out", Out()));
        var error = _error.ToString();
        Assert.Contains("'/bin/ls' is not a cc:Mail export file", error, StringComparison.Ordinal);
        Assert.Contains("no Mailbox:/Message: block in the first 64 KB", error, StringComparison.Ordinal);
        Assert.Contains("binary", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyFileGivenAsTheSourceIsRefusedAsEmpty()
    {
        var empty = Path.Combine(_root, "empty.txt");
        await File.WriteAllBytesAsync(empty, []);
        Assert.Equal(2, await RunAsync("migrate", "--source", empty, "--out", Out()));
        Assert.Contains("is empty", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDb8StoreFileGivenAsAnExportIsRefusedNamingThePostOfficeDirectory()
    {
        var store = Path.Combine(_root, "CCPOMS");
        var bytes = new byte[4096];
        "POHD"u8.CopyTo(bytes);
        await File.WriteAllBytesAsync(store, bytes);
        Assert.Equal(2, await RunAsync("migrate", "--source", store, "--out", Out()));
        Assert.Contains("DB8 post office", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHeaderLongerThanTheLimitIsKeptTruncatedAndReportedAsARepair()
    {
        var message = Simple(new string('s', 3 * 1024 * 1024));
        var source = WriteExport("grover.txt", message);
        var output = Out();
        Assert.Equal(0, await RunAsync("migrate", "--source", source, "--out", output, "--time-zone", "UTC"));
        using var report = Report(output);
        var repaired = Assert.Single(report.RootElement.GetProperty("repaired").EnumerateArray());
        Assert.Equal("header-truncated", repaired.GetProperty("repairs")[0].GetString());
        var detail = repaired.GetProperty("details")[0].GetString()!;
        Assert.Contains("Subject", detail, StringComparison.Ordinal);
        Assert.Contains((3 * 1024 * 1024 + "Subject: ".Length).ToString(System.Globalization.CultureInfo.InvariantCulture), detail, StringComparison.Ordinal);
        using var eml = await MimeKit.MimeMessage.LoadAsync(Path.Combine(output, "Smith, Grover", "Inbox", "000001.eml"));
        Assert.Equal(new string('s', (64 * 1024) - "Subject: ".Length), eml.Subject);
    }

    [Fact]
    public async Task NestingBeyondTheLimitIsKeptAsAnOpaqueAttachmentAndReported()
    {
        var message = Simple("level 0");
        var inner = message;
        for (var level = 1; level <= 300; level++)
        {
            var next = Simple($"level {level}");
            inner.Items.Add(new MessageItem { Message = next });
            inner = next;
        }

        var source = WriteExport("grover.txt", message);
        var output = Out();
        Assert.Equal(0, await RunAsync("migrate", "--source", source, "--out", output, "--time-zone", "UTC"));
        using var report = Report(output);
        var repaired = Assert.Single(report.RootElement.GetProperty("repaired").EnumerateArray());
        Assert.Equal("nested-as-attachment", repaired.GetProperty("repairs")[0].GetString());
        var eml = await File.ReadAllTextAsync(Path.Combine(output, "Smith, Grover", "Inbox", "000001.eml"));
        Assert.Contains("filename=nested-17.eml", eml, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/octet-stream", eml, StringComparison.Ordinal);
        Assert.Contains("Subject: level 16", eml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMegabyteOfEmptyBlocksGivesASmallReportWithExactCounts()
    {
        var path = Path.Combine(_root, "empty-blocks.txt");
        const int blocks = 200_000;
        await using (var file = File.Create(path))
        {
            await file.WriteAsync("Mailbox: Smith, Grover\r\n\r\n"u8.ToArray());
            var block = "Message: 1\r\n"u8.ToArray();
            for (var i = 0; i < blocks; i++)
            {
                await file.WriteAsync(block);
            }
        }

        var output = Out();
        Assert.Equal(1, await RunAsync("migrate", "--source", path, "--out", output, "--time-zone", "UTC"));
        Assert.True(new FileInfo(Path.Combine(output, "migration-report.json")).Length < 20_000, "the report stays small");
        using var report = Report(output);
        Assert.Equal(blocks, report.RootElement.GetProperty("totals").GetProperty("skipped").GetInt32());
        // Every block but the last is cut short by the next Message: line; the last by the end of the input.
        var skipped = report.RootElement.GetProperty("skipped").EnumerateArray().ToList();
        Assert.Equal(2, skipped.Count);
        Assert.Equal((1, blocks - 1), (skipped[0].GetProperty("index").GetInt32(), skipped[0].GetProperty("through").GetInt32()));
        Assert.Equal(blocks, skipped[1].GetProperty("index").GetInt32());
        Assert.False(skipped[1].TryGetProperty("through", out _));
    }

    [Theory]
    [InlineData("eml")]
    [InlineData("mbox")]
    [InlineData("exchange55")]
    public async Task AThreeHundredCharacterMailboxAndFolderNameAreShortenedAndMigrated(string target)
    {
        var mailbox = "M" + new string('x', 299);
        var folder = "F" + new string('y', 299);
        var message = Simple("long names");
        message.Folder = folder;
        var source = WriteExport("long.txt", message, mailbox: mailbox);
        var output = Out();
        Assert.Equal(0, await RunAsync("migrate", "--source", source, "--out", output, "--time-zone", "UTC", "--target", target));
        Assert.All(Directory.EnumerateFileSystemEntries(output, "*", SearchOption.AllDirectories), p => Assert.True(Encoding.UTF8.GetByteCount(Path.GetFileName(p)) <= 255, p));
        using var report = Report(output);
        var entry = Assert.Single(report.RootElement.GetProperty("mailboxes").EnumerateArray());
        Assert.Equal(mailbox, entry.GetProperty("name").GetString());
        Assert.StartsWith("Mxxxx", entry.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, entry.GetProperty("migrated").GetInt32());
    }

    [Fact]
    public async Task ASecondRunIntoAFolderInUseExitsTwoNamingTheProcess()
    {
        var output = Out();
        Directory.CreateDirectory(output);
        await using var held = new FileStream(Path.Combine(output, ".mailmig.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        await File.WriteAllTextAsync(Path.Combine(output, ".mailmig.pid"), "4242");
        var source = WriteExport("grover.txt", Simple("one"));
        Assert.Equal(2, await RunAsync("migrate", "--source", source, "--out", output, "--time-zone", "UTC"));
        Assert.Contains("is in use by process 4242", _error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "migration-report.json")));
    }

    [Fact]
    public async Task ResumingIntoAFolderWrittenForAnotherTargetIsRefused()
    {
        var output = Out();
        var source = WriteExport("grover.txt", Simple("one"));
        Assert.Equal(0, await RunAsync("migrate", "--source", source, "--out", output, "--time-zone", "UTC"));
        Assert.Equal(2, await RunAsync("migrate", "--source", source, "--out", output, "--time-zone", "UTC", "--target", "mbox"));
        Assert.Contains("written for target eml", _error.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(output, "*.mbox", SearchOption.AllDirectories));
    }

    private static CcMessage Simple(string subject) => new()
    {
        From = AddressParser.Parse("Smith, Grover at FERGUSON"),
        To = [AddressParser.Parse("Doe, Jane at FERGUSON")],
        DateText = "11/16/98 10:30 AM",
        Date = new DateTime(1998, 11, 16, 10, 30, 0),
        Subject = subject,
        Items = [new TextItem { Text = "Hello\r\n" }],
    };

    private string Out() => Path.Combine(_root, "out");

    private static JsonDocument Report(string output) => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "migration-report.json")));

    private string WriteExport(string name, CcMessage message, string? stray = null, string mailbox = "Smith, Grover")
    {
        var path = Path.Combine(_root, name);
        using var writer = new ExportWriter(File.Create(path));
        writer.WriteHeader(new ExportFileHeader { Mailbox = mailbox, PostOffice = "FERGUSON" });
        writer.WriteMessage(message);
        if (stray is not null)
        {
            writer.WriteRaw(Encoding.ASCII.GetBytes(stray));
            writer.WriteMessage(message);
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
