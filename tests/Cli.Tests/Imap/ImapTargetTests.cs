using MailMig.Fidelity.Cli.Commands;
using MailMig.Fidelity.Cli.Imap;
using MailMig.Fidelity.Cli.Tests.Support;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Cli.Tests.Imap;

/*
 * Against a real Dovecot started by scripts/imap-test-server.sh: a generated post office migrated into the
 * server, read back by compare, damaged on the server, and a migration killed midway and resumed.
 */
public sealed class ImapTargetTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private ImapTestServer? _server;

    public void Dispose()
    {
        _server?.Dispose();
        _temp.Dispose();
    }

    private string PathOf(string name) => Path.Combine(_temp.Path, name);

    private ImapTestServer Server => _server ??= ImapTestServer.Start();

    private async Task<string> GenerateAsync(int users = 3, int messages = 24)
    {
        var generated = PathOf("gen");
        var result = await InProcessCli.RunAsync("generate", "--profile", "realistic", "--seed", "19", "--users", users.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--messages", messages.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", generated);
        Assert.True(result.Code == 0, result.Error);
        return generated;
    }

    private Task<CliResult> MigrateAsync(string generated) =>
        InProcessCli.RunAsync("migrate", "--source", Path.Combine(generated, "po"), "--target", Server.Url, "--out", PathOf("out"), "--parallelism", "2");

    private Task<CliResult> CompareAsync(string generated, params string[] more) =>
        InProcessCli.RunAsync(["compare", "--actual", Server.Url, "--truth", Path.Combine(generated, "manifest.jsonl"), "--migration-report", Path.Combine(PathOf("out"), "migration-report.json"), .. more]);

    [NeedsProgramFact("dovecot")]
    public async Task APostOfficeMigratedIntoTheServerReadsBackPerfectAgainstTheGroundTruth()
    {
        var generated = await GenerateAsync();

        var migrated = await MigrateAsync(generated);
        var compared = await CompareAsync(generated);

        Assert.True(migrated.Code == 0, migrated.Output + migrated.Error);
        Assert.True(compared.Code == 0, compared.Output + compared.Error);
        Assert.Contains("run grade Perfect", compared.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(PathOf("out"), "migration-report.json")));
    }

    [NeedsProgramFact("dovecot")]
    public async Task TheServerHasOneFolderPerSourceFolderAndSeenFollowsTheReadStateOfEveryMessage()
    {
        var generated = await GenerateAsync();
        var manifest = ManifestReader.Read(Path.Combine(generated, "manifest.jsonl")).Messages.Where(m => m.Outcome != ExpectedOutcome.Skipped).ToList();

        Assert.Equal(0, (await MigrateAsync(generated)).Code);

        using var session = new ImapServerSession(Server.Url);
        var serverFolders = session.FolderNames();
        var expectedFolders = manifest.Select(m => (m.Mailbox, m.Folder)).Distinct().Order().ToList();
        var foldersWithMail = serverFolders.Where(f => session.Messages(f).Count > 0).Select(Decode).Order().ToList();
        Assert.Equal(expectedFolders, foldersWithMail);
        Assert.All(serverFolders.Select(Decode), f => Assert.Contains(manifest, m => m.Mailbox == f.Mailbox));
        var checkedMessages = 0;
        foreach (var group in manifest.GroupBy(m => (m.Mailbox, m.Folder)))
        {
            var folder = serverFolders.Single(f => Decode(f) == group.Key);
            var onServer = session.Messages(folder).ToDictionary(m => m.Index);
            foreach (var message in group)
            {
                Assert.True(onServer[message.Index].Seen == message.Read, $"{folder} #{message.Index}: \\Seen is {onServer[message.Index].Seen}, the source says read={message.Read}");
                checkedMessages++;
            }

            Assert.Equal(0, session.InternalDatesDifferingFromDate(folder));
        }

        Assert.Equal(manifest.Count, checkedMessages);
        Assert.Contains(manifest, m => m.Read);
        Assert.Contains(manifest, m => !m.Read);
    }

    [NeedsProgramFact("dovecot")]
    public async Task AMessageDeletedOnTheServerMakesCompareExit1NamingItAndAnExtraOneIsUnexpected()
    {
        var generated = await GenerateAsync();
        Assert.Equal(0, (await MigrateAsync(generated)).Code);
        var victim = ManifestReader.Read(Path.Combine(generated, "manifest.jsonl")).Messages.First(m => m.Outcome != ExpectedOutcome.Skipped);
        using (var session = new ImapServerSession(Server.Url))
        {
            var folder = session.FolderNames().Single(f => Decode(f) == (victim.Mailbox, victim.Folder));
            session.Delete(folder, session.Messages(folder).Single(m => m.Index == victim.Index).Uid);
            session.Append(folder, "From: a@b.example\r\nSubject: planted\r\nMessage-ID: <planted@b.example>\r\n\r\nplanted\r\n");
        }

        var compared = await CompareAsync(generated);

        var lines = compared.Output.Split('\n');
        Assert.Equal(1, compared.Code);
        Assert.Contains(lines, l => l.Contains("(missing)", StringComparison.Ordinal) && Cells(l).Take(2).SequenceEqual([victim.Mailbox, victim.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
        Assert.Contains(lines, l => l.Contains("unexpected", StringComparison.Ordinal) && l.Contains("/uid-", StringComparison.Ordinal));
        Assert.Contains("planted", compared.Output, StringComparison.Ordinal);
    }

    [NeedsProgramFact("dovecot")]
    public async Task AMigrationKilledMidwayAndResumedAppendsNoDuplicatesAndKeepsTheUidsOfWhatItHadAppended()
    {
        var generated = await GenerateAsync(users: 2, messages: 30);
        string[] migrate = ["migrate", "--source", Path.Combine(generated, "po"), "--target", Server.Url, "--out", PathOf("out"), "--parallelism", "1"];

        var killed = await OutOfProcessCli.RunAsync(new Dictionary<string, string> { [MigrateCommand.KillAfterVariable] = "11" }, migrate);
        var before = ServerMessages();
        var resumed = await OutOfProcessCli.RunAsync(migrate);
        var after = ServerMessages();

        Assert.Equal(MigrateCommand.KilledExitCode, killed.Code);
        Assert.Equal(11, before.Count);
        Assert.True(resumed.Code == 0, resumed.Output + resumed.Error);
        Assert.Equal(after.Count, after.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(ManifestReader.Read(Path.Combine(generated, "manifest.jsonl")).Messages.Count(m => m.Outcome != ExpectedOutcome.Skipped), after.Count);
        foreach (var message in before)
        {
            Assert.Contains(message, after);
        }

        Assert.Equal(0, (await CompareAsync(generated)).Code);
    }

    [NeedsProgramFact("dovecot")]
    public async Task ThePasswordAppearsInNoOutputReportOrLogAndTheUrlIsShownWithoutIt()
    {
        var generated = await GenerateAsync(users: 2, messages: 10);
        var password = new Uri(Server.Url).UserInfo.Split(':')[1];

        var migrated = await MigrateAsync(generated);
        var compared = await CompareAsync(generated, "--report", PathOf("report"));
        var wrongPassword = await InProcessCli.RunAsync("compare", "--actual", Server.Url.Replace(password, "wrong" + password[..4], StringComparison.Ordinal), "--truth", Path.Combine(generated, "manifest.jsonl"));

        Assert.Equal((0, 0, 2), (migrated.Code, compared.Code, wrongPassword.Code));
        Assert.Contains(Server.ShownUrl, compared.Output, StringComparison.Ordinal);
        Assert.Contains("imap://mailmig@127.0.0.1", wrongPassword.Error, StringComparison.Ordinal);
        foreach (var text in new[] { migrated.Output, migrated.Error, compared.Output, compared.Error, wrongPassword.Output, wrongPassword.Error })
        {
            Assert.DoesNotContain(password[..8], text, StringComparison.Ordinal);
        }

        foreach (var file in Directory.EnumerateFiles(_temp.Path, "*", SearchOption.AllDirectories).Where(f => !f.StartsWith(generated, StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(password[..8], await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        }
    }

    private List<(string Folder, uint Uid, string MessageId)> ServerMessages()
    {
        using var session = new ImapServerSession(Server.Url);
        return [.. session.FolderNames().SelectMany(f => session.Messages(f).Select(m => (f, m.Uid, m.MessageId)))];
    }

    private static IEnumerable<string> Cells(string tableLine) => tableLine.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim());

    // A server folder's mailbox and \-joined folder path, decoded as the output layout's path segments (docs/formats/output.md).
    private static (string Mailbox, string Folder) Decode(string serverFolder)
    {
        var names = serverFolder.Split('/').Select(MailMig.Fidelity.Comparer.Output.PathSegments.Decode).ToList();
        return (names[0], string.Join('\\', names.Skip(1)));
    }
}
