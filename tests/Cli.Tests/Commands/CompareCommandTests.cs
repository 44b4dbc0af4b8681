using System.CommandLine;
using System.Globalization;
using MailMig.Fidelity.Cli.Commands;
using MailMig.Fidelity.Comparer.Snapshots;

namespace MailMig.Fidelity.Cli.Tests.Commands;

public sealed class CompareCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mailmig-cli-tests", Guid.NewGuid().ToString("N"));

    public CompareCommandTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string PathOf(string name) => Path.Combine(_root, name);

    /// <summary>A migrated message as docs/formats/output.md describes it, small enough to write by hand.</summary>
    internal static string Eml(int index, string subject = "Quarterly numbers", string body = "the numbers are in", string to = "\"Doe, Jane\" <IMCEACCMAIL-Doe+2C+20Jane+20at+20FERGUSON@ferguson.example>") =>
        $"""
        Message-ID: <{Guid.NewGuid():N}@random.example>
        Date: Mon, 16 Nov 1998 10:{index:D2}:00 -0500
        From: "Smith, Grover" <IMCEACCMAIL-Smith+2C+20Grover+20at+20FERGUSON@ferguson.example>
        To: {to}
        Subject: {subject}
        X-MailMig-Mailbox: Smith, Grover
        X-MailMig-Source-Index: {index}
        X-MailMig-Folder: Inbox
        X-MailMig-Read: no
        X-MailMig-Source: export/Smith, Grover.txt@{index * 1000}
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8

        {body}

        """.Replace("\n", "\r\n", StringComparison.Ordinal);

    internal static string ManifestLine(int index, string subject = "Quarterly numbers", string body = "the numbers are in") =>
        "{\"record\":\"message\",\"mailbox\":\"Smith, Grover\",\"index\":" + index.ToString(CultureInfo.InvariantCulture) + ",\"folder\":\"Inbox\","
        + "\"from\":{\"displayName\":\"Smith, Grover\",\"type\":\"CCMAIL\",\"address\":\"Smith, Grover at FERGUSON\"},"
        + "\"to\":[{\"displayName\":\"Doe, Jane\",\"type\":\"CCMAIL\",\"address\":\"Doe, Jane at FERGUSON\"}],\"cc\":[],\"bcc\":[],\"receiptTo\":null,"
        + "\"subject\":\"" + subject + "\",\"date\":\"1998-11-16T15:" + index.ToString("D2", CultureInfo.InvariantCulture) + ":00Z\",\"dateLocal\":\"1998-11-16T10:" + index.ToString("D2", CultureInfo.InvariantCulture) + ":00\","
        + "\"priority\":\"normal\",\"read\":false,\"body\":\"" + body + "\",\"attachments\":[],\"forwarded\":[],\"faults\":[],\"outcome\":\"migrated\",\"repairs\":[],\"skipReason\":null}";

    internal static void WriteOutput(string folder, params string[] messages)
    {
        var inbox = Path.Combine(folder, "Smith, Grover", "Inbox");
        Directory.CreateDirectory(inbox);
        for (var i = 0; i < messages.Length; i++)
        {
            File.WriteAllText(Path.Combine(inbox, (i + 1).ToString("D6", CultureInfo.InvariantCulture) + ".eml"), messages[i]);
        }
    }

    internal static async Task<(int Code, string Output, string Error)> Run(Command command, params string[] args)
    {
        var root = new RootCommand("test");
        root.Subcommands.Add(command);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    private static SnapshotEnvironment Local() => SnapshotEnvironment.FromVariables(new Dictionary<string, string>());

    private Task<(int Code, string Output, string Error)> Compare(params string[] extra) =>
        Run(CompareCommand.Create(Local()), ["compare", "--actual", PathOf("actual"), "--verified", PathOf("verified"), .. extra]);

    private void Baseline()
    {
        WriteOutput(PathOf("baseline"), Eml(1), Eml(2));
        new SnapshotAcceptor(Local()).AcceptActual(PathOf("baseline"), PathOf("verified"));
        File.WriteAllLines(PathOf("manifest.jsonl"), ["{\"record\":\"header\",\"format\":\"mailmig-fidelity/manifest@1\"}", ManifestLine(1), ManifestLine(2)]);
    }

    [Fact]
    public async Task IdenticalOutputExitsZeroAndWritesEveryReport()
    {
        Baseline();
        WriteOutput(PathOf("actual"), Eml(1), Eml(2));

        var (code, output, error) = await Compare("--truth", PathOf("manifest.jsonl"), "--report", PathOf("reports"));

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("2 matched", output);
        Assert.Contains("run grade Perfect", output);
        Assert.Equal(["junit.xml", "report.html", "report.json", "summary.txt"], Directory.GetFiles(PathOf("reports")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DifferencesExitOneAndNameTheField()
    {
        Baseline();
        WriteOutput(PathOf("actual"), Eml(1), Eml(2, subject: "Quarterly numbers (changed)"));

        var (code, output, _) = await Compare("--truth", PathOf("manifest.jsonl"));

        Assert.Equal(1, code);
        Assert.Contains("Fields: subject", output);
        Assert.Contains("| subject", output);
        Assert.Contains("mailmig-fidelity accept --actual", output);
    }

    [Fact]
    public async Task AMissingVerifiedFolderIsAUsageError()
    {
        WriteOutput(PathOf("actual"), Eml(1));

        var (code, _, error) = await Compare();

        Assert.Equal(2, code);
        Assert.Contains($"The verified folder '{PathOf("verified")}' does not exist", error);
        Assert.Contains("mailmig-fidelity accept --actual", error);
    }

    [Fact]
    public async Task AnUnreadableManifestIsAUsageErrorNamingTheFileAndLine()
    {
        Baseline();
        WriteOutput(PathOf("actual"), Eml(1), Eml(2));
        File.WriteAllLines(PathOf("manifest.jsonl"), ["{\"record\":\"header\",\"format\":\"mailmig-fidelity/manifest@1\"}", ManifestLine(1), "{\"record\":\"message\",\"mailbox\":", ManifestLine(2)]);

        var (code, _, error) = await Compare("--truth", PathOf("manifest.jsonl"));

        Assert.Equal(2, code);
        Assert.Contains(PathOf("manifest.jsonl") + ":3: error manifest.invalid-json", error);
    }

    [Fact]
    public async Task AManifestThatDoesNotExistIsAUsageError()
    {
        Baseline();
        WriteOutput(PathOf("actual"), Eml(1), Eml(2));

        var (code, _, error) = await Compare("--truth", PathOf("nothing.jsonl"));

        Assert.Equal(2, code);
        Assert.Contains("nothing.jsonl", error);
    }

    [Fact]
    public async Task AMissingRequiredOptionIsAUsageErrorNotADifference()
    {
        Directory.CreateDirectory(PathOf("actual"));

        var (code, _, error) = await Run(CompareCommand.Create(Local()), "compare", "--actual", PathOf("actual"));

        Assert.Equal(2, code);
        Assert.Contains("--verified", error);
    }

    [Fact]
    public async Task AnUnknownOptionIsAUsageError()
    {
        var (code, _, error) = await Compare("--bogus");

        Assert.Equal(2, code);
        Assert.Contains("--bogus", error);
    }

    [Fact]
    public async Task HelpStillWorks()
    {
        var (code, output, _) = await Run(CompareCommand.Create(Local()), "compare", "--help");

        Assert.Equal(0, code);
        Assert.Contains("--actual", output);
        Assert.Contains("--redact", output);
    }

    [Fact]
    public async Task RedactKeepsBodiesOutOfTheConsoleAndEveryReport()
    {
        Baseline();
        WriteOutput(PathOf("actual"), Eml(1), Eml(2, body: "the secret merger plan"));

        var (code, output, _) = await Compare("--truth", PathOf("manifest.jsonl"), "--report", PathOf("reports"), "--redact");

        Assert.Equal(1, code);
        Assert.DoesNotContain("secret merger", output);
        Assert.All(Directory.GetFiles(PathOf("reports")), f => Assert.DoesNotContain("secret merger", File.ReadAllText(f)));
    }

    [Fact]
    public async Task OnCiTheAcceptSwitchWritesNoVerifiedFile()
    {
        Baseline();
        WriteOutput(PathOf("actual"), Eml(1), Eml(2, subject: "changed"));
        var ci = SnapshotEnvironment.FromVariables(new Dictionary<string, string> { ["CI"] = "true", ["MAILMIG_ACCEPT"] = "true" });
        var before = File.ReadAllText(Path.Combine(PathOf("verified"), "Smith, Grover", "Inbox", "000002.verified.txt"));

        var (code, _, _) = await Run(CompareCommand.Create(ci), "compare", "--actual", PathOf("actual"), "--verified", PathOf("verified"));

        Assert.Equal(1, code);
        Assert.Equal(before, File.ReadAllText(Path.Combine(PathOf("verified"), "Smith, Grover", "Inbox", "000002.verified.txt")));
        Assert.True(File.Exists(Path.Combine(PathOf("verified"), "Smith, Grover", "Inbox", "000002.received.txt")));
    }
    [Fact]
    public async Task TheAcceptSwitchApprovesNoChangedFieldThatTheGroundTruthCallsDamage()
    {
        Baseline();
        WriteOutput(PathOf("actual"), Eml(1), Eml(2, subject: "changed"));
        var accept = SnapshotEnvironment.FromVariables(new Dictionary<string, string> { ["MAILMIG_ACCEPT"] = "true" });
        var verified = Path.Combine(PathOf("verified"), "Smith, Grover", "Inbox", "000002.verified.txt");
        var before = File.ReadAllText(verified);

        var (code, output, _) = await Run(CompareCommand.Create(accept), "compare", "--actual", PathOf("actual"), "--verified", PathOf("verified"), "--truth", PathOf("manifest.jsonl"));

        Assert.Equal(1, code);
        Assert.Equal(before, File.ReadAllText(verified));
        Assert.Contains("nothing accepted: the ground truth finds messages lost or damaged", output);
    }

    [Fact]
    public async Task TheAcceptSwitchApprovesNewSnapshotsWhenTheGroundTruthIsPerfect()
    {
        Baseline();
        WriteOutput(PathOf("actual"), Eml(1), Eml(2));
        Directory.CreateDirectory(PathOf("fresh"));
        var accept = SnapshotEnvironment.FromVariables(new Dictionary<string, string> { ["MAILMIG_ACCEPT"] = "true" });

        var (code, output, _) = await Run(CompareCommand.Create(accept), "compare", "--actual", PathOf("actual"), "--verified", PathOf("fresh"), "--truth", PathOf("manifest.jsonl"));

        Assert.True(code == 0, output);
        Assert.Equal(2, Directory.EnumerateFiles(PathOf("fresh"), "*.verified.txt", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public async Task AMigrationReportThatIsAFifoIsNeverOpenedSoCompareDoesNotBlock()
    {
        Baseline();
        WriteOutput(PathOf("actual"), Eml(1), Eml(2));
        var fifo = Path.Combine(PathOf("actual"), "migration-report.json");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
        }

        var compare = Task.Run(() => Compare("--truth", PathOf("manifest.jsonl")));
        var finished = await Task.WhenAny(compare, Task.Delay(TimeSpan.FromSeconds(60)));

        if (finished != compare)
        {
            await File.WriteAllTextAsync(fifo, "{}"); // unblock the reader so the test host can end
        }

        Assert.True(finished == compare, "compare blocked on a FIFO named migration-report.json");
        var (code, output, error) = await compare;
        Assert.True(code == 1, output + error);
        Assert.Contains("migration-report.json", output + error);
    }
}
