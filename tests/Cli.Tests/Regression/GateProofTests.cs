using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Regression;

/// <summary>Proof that the gate catches the Q197114 crash: the fixture migrator (the bug put back) fails the run, ours passes.</summary>
public sealed class GateProofTests
{
    private const string Case = "q197114-attmail";

    [Fact]
    public async Task RunAgainstTheCrashingFixtureFailsAndNamesTheCaseAndTheMessage()
    {
        using var work = new TempFolder();
        var template = $"dotnet \"{RepositoryPaths.Q197114Migrator}\" {{source}} {{out}}";

        var (exitCode, output) = await RunAsync("--migrator", template, "--case", Case, "--report", work.Path);

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"FAILED {Case}", output);
        Assert.Contains("CRASHED", output);
        var (mailbox, index) = FirstAttmailMessage(Path.Combine(work.Path, "work", Case, "generated", "po"));
        Assert.Contains($"crashed on mailbox '{mailbox}', message {index} ", Normalise(output));
    }

    [Fact]
    public async Task RunAgainstOurMigratorInProcessPasses()
    {
        using var work = new TempFolder();

        var (exitCode, output) = await RunAsync("--case", Case, "--report", work.Path);

        Assert.True(exitCode == 0, output);
        Assert.Contains($"passed {Case}", output);
        Assert.True(File.Exists(Path.Combine(work.Path, "junit.xml")));
        Assert.True(File.Exists(Path.Combine(work.Path, Case, "report.html")));
    }

    [Fact]
    public async Task OurMigratorRunOutOfProcessPassesTheSameCase()
    {
        using var work = new TempFolder();
        var template = $"dotnet \"{RepositoryPaths.Cli}\" migrate --source {{source}} --out {{out}}";

        var (exitCode, output) = await RunAsync("--migrator", template, "--case", Case, "--report", work.Path);

        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public async Task AMigratorThatRefusesItsInputWithoutWritingAnythingFailsTheCaseWithoutStoppingTheRun()
    {
        using var work = new TempFolder();

        var (exitCode, output) = await RunAsync("--migrator", "/bin/sh -c 'exit 2' sh {source} {out}", "--case", Case, "--report", work.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains($"FAILED {Case}", output);
        Assert.Contains("exit code 2", output);
        Assert.DoesNotContain("MAILMIG_ACCEPT", output);
    }

    [Fact]
    public async Task OneChangedByteInAVerifiedSnapshotFailsWithAReadableDiff()
    {
        using var work = new TempFolder();
        var copy = Path.Combine(work.Path, "corpora", Case);
        CopyFolder(Path.Combine(RepositoryPaths.Corpora, Case), copy);
        var snapshot = Directory.EnumerateFiles(Path.Combine(copy, "verified"), "*.verified.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(snapshot);
        var at = text.IndexOf("subject: \"", StringComparison.Ordinal) + "subject: \"".Length;
        var changed = text[..at] + (text[at] == 'X' ? 'Y' : 'X') + text[(at + 1)..];
        File.WriteAllText(snapshot, changed);

        var result = await new CorpusRunner(new InProcessMigratorRunner(), Path.Combine(work.Path, "work"), new Comparer.Snapshots.SnapshotSettings { Accept = false })
            .RunAsync(CorpusCase.Load(copy));

        Assert.False(result.Passed);
        var description = result.Describe();
        Assert.Contains(Path.GetFileName(snapshot).Replace(".verified.txt", ""), description);
        Assert.Contains("-subject: \"" + changed[at], description.Replace("\r", ""));
        Assert.Contains("+subject: \"" + text[at], description.Replace("\r", ""));
    }

    private static Task<(int ExitCode, string Output)> RunAsync(params string[] args) =>
        GateRun.InvokeAsync(["--corpora", RepositoryPaths.Corpora, .. args]);

    private static string Normalise(string text) => string.Join(" ", text.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));

    private static (string Mailbox, int Index) FirstAttmailMessage(string postOffice)
    {
        using var reader = new Db8Reader(postOffice);
        foreach (var mailbox in reader.Mailboxes)
        {
            foreach (var record in reader.ReadMessages(mailbox))
            {
                var m = record.Message;
                if (m is not null && new[] { m.From, m.ReturnReceiptTo }.Concat(m.To).Concat(m.Cc).Concat(m.Bcc).Any(a => a?.Kind == AddressKind.Attmail))
                {
                    return (mailbox.Name, record.Index);
                }
            }
        }

        throw new InvalidOperationException("the case has no ATTMAIL message");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
