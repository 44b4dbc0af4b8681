using System.Diagnostics;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Cli.Commands;

namespace MailMig.Fidelity.Cli.Tests.Commands;

/*
 * Out of process: the built mailmig-fidelity is killed abruptly (MAILMIG_TEST_KILL_AFTER) in the middle of
 * a migration and run again into the same output; the result must equal an uninterrupted run byte for byte.
 */
public sealed class MigrateKillResumeTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mailmig-kill-tests", Guid.NewGuid().ToString("N"));

    public MigrateKillResumeTests() => Directory.CreateDirectory(_root);

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

    [Theory]
    [InlineData("eml", 7)]
    [InlineData("mbox", 13)]
    public async Task AKilledMigrationRunAgainEqualsAnUninterruptedOne(string target, int killAfter)
    {
        var source = WriteExport(30);
        var clean = Path.Combine(_root, "clean");
        var resumed = Path.Combine(_root, "resumed");
        Assert.Equal(0, await RunAsync(null, "migrate", "--source", source, "--out", clean, "--target", target, "--time-zone", "UTC"));
        Assert.Equal(MigrateCommand.KilledExitCode, await RunAsync(killAfter, "migrate", "--source", source, "--out", resumed, "--target", target, "--time-zone", "UTC"));
        Assert.Contains("\"complete\": false", await File.ReadAllTextAsync(Path.Combine(resumed, "migration-report.json")), StringComparison.Ordinal);
        Assert.Equal(0, await RunAsync(null, "migrate", "--source", source, "--out", resumed, "--target", target, "--time-zone", "UTC"));

        var expected = Files(clean);
        var actual = Files(resumed);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs");
        }
    }

    private static SortedDictionary<string, byte[]> Files(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes), StringComparer.Ordinal);

    private static async Task<int> RunAsync(int? killAfter, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Support.RepositoryPaths.Cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[MigrateCommand.KillAfterVariable] = killAfter?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await Task.WhenAll(output, error);
        return process.ExitCode;
    }

    private string WriteExport(int count)
    {
        var path = Path.Combine(_root, "grover.txt");
        using var writer = new ExportWriter(File.Create(path));
        writer.WriteHeader(new ExportFileHeader { Mailbox = "Smith, Grover", PostOffice = "FERGUSON" });
        for (var i = 1; i <= count; i++)
        {
            writer.WriteMessage(new CcMessage
            {
                From = AddressParser.Parse("Smith, Grover at FERGUSON"),
                To = [AddressParser.Parse("jdoe at ATTMAIL")],
                DateText = "11/16/98 10:30 AM",
                Date = new DateTime(1998, 11, 16, 10, 30, 0),
                Subject = $"message {i}",
                Folder = i % 3 == 0 ? "Message Log" : "Inbox",
                Items = [new TextItem { Text = $"Body {i}\r\n" }, new FileItem { Name = $"file{i}.bin", Data = [(byte)i, 0, 255] }],
            });
        }

        return path;
    }
}
