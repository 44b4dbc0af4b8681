using System.Diagnostics;
using MailMig.Fidelity.Cli.Commands;
using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Cli.Tests.Commands;
using MailMig.Fidelity.Cli.Tests.Support;
using MailMig.Fidelity.Comparer.Snapshots;

namespace MailMig.Fidelity.Cli.Tests.Regression;

/// <summary>Approved data is safe: runs write only under their report folder, and nothing approves a loss or removes approved snapshots unasked.</summary>
public sealed class ApprovedDataSafetyTests
{
    private const string Case = "fault-attmail-address";

    private static SnapshotEnvironment Local() => SnapshotEnvironment.FromVariables(new Dictionary<string, string>());

    private static SnapshotSettings Settings(bool accept) => new() { Environment = Local(), Accept = accept };

    [Fact]
    public async Task AFailingCandidateRunLeavesTheCorporaFolderAsGitSeesIt()
    {
        using var report = new TempFolder();
        var before = GitStatusOfCorpora();
        var candidate = new EditingMigratorRunner(output =>
        {
            EditingMigratorRunner.LoseFirstMessage(output);
            EditingMigratorRunner.ChangeFirstSubject(output);
        });

        try
        {
            var result = await new CorpusRunner(candidate, Path.Combine(report.Path, "work"), Settings(accept: false))
                .RunAsync(CorpusCase.Load(Path.Combine(RepositoryPaths.Corpora, Case)));

            Assert.False(result.Passed);
            Assert.Equal(before, GitStatusOfCorpora());
            Assert.NotEmpty(Directory.EnumerateFiles(report.Path, "*" + SnapshotFile.ReceivedExtension, SearchOption.AllDirectories));
        }
        finally
        {
            foreach (var stray in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Corpora, Case), "*" + SnapshotFile.ReceivedExtension, SearchOption.AllDirectories))
            {
                File.Delete(stray);
            }
        }
    }

    [Fact]
    public async Task AfterACandidateThatLostAMessageNoAcceptCommandIsSuggested()
    {
        using var work = new TempFolder();
        var copy = CopyCase(work.Path);

        var result = await new CorpusRunner(new EditingMigratorRunner(EditingMigratorRunner.LoseFirstMessage), Path.Combine(work.Path, "report", "work"), Settings(accept: false))
            .RunAsync(CorpusCase.Load(copy));

        Assert.False(result.Passed);
        Assert.DoesNotContain("mailmig-fidelity accept", result.Describe(), StringComparison.Ordinal);
        Assert.Null(result.AcceptHint(Path.Combine(work.Path, "report")));
    }

    [Fact]
    public async Task TheGateSuggestsNoAcceptCommandAfterAnOutOfProcessCandidateThatLostAMessage()
    {
        using var work = new TempFolder();
        var corpora = Path.GetDirectoryName(CopyCase(work.Path))!;
        var template = $"/bin/sh -c 'dotnet \"$0\" migrate --source \"$1\" --out \"$2\"; rm \"$(find \"$2\" -name \"*.eml\" | sort | head -n 1)\"' \"{RepositoryPaths.Cli}\" {{source}} {{out}}";

        var (exitCode, output) = await GateRun.InvokeAsync("--corpora", corpora, "--migrator", template, "--report", Path.Combine(work.Path, "report"));

        Assert.True(exitCode == 1, output);
        Assert.Contains("the first message missing in source order", output);
        Assert.DoesNotContain("accept", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AfterACandidateThatOnlyChangedAFieldFollowingTheHintApprovesTheChange()
    {
        using var work = new TempFolder();
        var copy = CopyCase(work.Path);
        var report = Path.Combine(work.Path, "report");
        var candidate = new EditingMigratorRunner(EditingMigratorRunner.ChangeFirstOriginalDate);
        var first = await new CorpusRunner(candidate, Path.Combine(report, "work"), Settings(accept: false)).RunAsync(CorpusCase.Load(copy));

        var hint = first.AcceptHint(report);
        var accept = await CompareCommandTests.Run(AcceptCommand.Create(Local()), "accept", "--run", report, "--case", Case);
        var second = await new CorpusRunner(candidate, Path.Combine(report, "work"), Settings(accept: false)).RunAsync(CorpusCase.Load(copy));

        Assert.Contains($"mailmig-fidelity accept --run \"{report}\" --case {Case}", hint);
        Assert.True(accept.Code == 0, accept.Error);
        Assert.Contains("1 snapshots accepted", accept.Output);
        Assert.True(second.Passed, second.Describe());
    }

    [Fact]
    public async Task ACandidateThatWroteOutsideItsOutputHasNotCompletedForTheAcceptHintNorForAcceptRun()
    {
        using var work = new TempFolder();
        var copy = CopyCase(work.Path);
        var report = Path.Combine(work.Path, "report");
        var before = Snapshots(copy);
        var candidate = new OutsideWritingMigratorRunner(new EditingMigratorRunner(EditingMigratorRunner.ChangeFirstOriginalDate));
        var result = await new CorpusRunner(candidate, Path.Combine(report, "work"), Settings(accept: false)).RunAsync(CorpusCase.Load(copy));

        var accept = await CompareCommandTests.Run(AcceptCommand.Create(Local()), "accept", "--run", report, "--case", Case);

        Assert.Equal(RunVerdict.WroteOutsideOutput, result.Verdict);
        Assert.Null(result.AcceptHint(report));
        Assert.Contains("wrote outside {out}", result.NotAcceptableBecause);
        Assert.DoesNotContain("WroteOutsideOutput", result.Describe() + result.NotAcceptableBecause);
        Assert.Equal(2, accept.Code);
        Assert.Contains("wrote outside {out}", accept.Error);
        Assert.Equal(before, Snapshots(copy));
    }

    [Fact]
    public async Task MailmigAcceptAcceptsNothingFromACandidateThatWroteOutsideItsOutput()
    {
        using var work = new TempFolder();
        var copy = CopyCase(work.Path);
        var before = Snapshots(copy);
        var candidate = new OutsideWritingMigratorRunner(new EditingMigratorRunner(EditingMigratorRunner.ChangeFirstOriginalDate));

        var result = await new CorpusRunner(candidate, Path.Combine(work.Path, "work"), Settings(accept: true)).RunAsync(CorpusCase.Load(copy));

        Assert.False(result.Passed);
        Assert.Equal(before, Snapshots(copy));
    }

    [Fact]
    public async Task AfterACandidateThatDamagedAFieldTheGroundTruthChecksNoAcceptCommandIsSuggested()
    {
        using var work = new TempFolder();
        var copy = CopyCase(work.Path);

        var result = await new CorpusRunner(new EditingMigratorRunner(EditingMigratorRunner.ChangeFirstSubject), Path.Combine(work.Path, "report", "work"), Settings(accept: false))
            .RunAsync(CorpusCase.Load(copy));

        Assert.Equal(RunVerdict.CompletedWithLoss, result.Verdict);
        Assert.Null(result.AcceptHint(Path.Combine(work.Path, "report")));
    }

    [Fact]
    public async Task AcceptRunRefusesTheRunOfACandidateThatLostAMessage()
    {
        using var work = new TempFolder();
        var copy = CopyCase(work.Path);
        var report = Path.Combine(work.Path, "report");
        var before = Snapshots(copy);
        await new CorpusRunner(new EditingMigratorRunner(o => { EditingMigratorRunner.LoseFirstMessage(o); EditingMigratorRunner.ChangeFirstSubject(o); }), Path.Combine(report, "work"), Settings(accept: false))
            .RunAsync(CorpusCase.Load(copy));

        var accept = await CompareCommandTests.Run(AcceptCommand.Create(Local()), "accept", "--run", report, "--case", Case);

        Assert.Equal(2, accept.Code);
        Assert.Contains("lost", accept.Error);
        Assert.Equal(before, Snapshots(copy));
    }

    [Fact]
    public async Task MailmigAcceptAfterALostMessageKeepsItsApprovedSnapshotAndSaysWhyNothingWasAccepted()
    {
        using var work = new TempFolder();
        var copy = CopyCase(work.Path);
        var before = Snapshots(copy);

        var result = await new CorpusRunner(new EditingMigratorRunner(EditingMigratorRunner.LoseFirstMessage), Path.Combine(work.Path, "work"), Settings(accept: true))
            .RunAsync(CorpusCase.Load(copy));

        Assert.Equal(before, Snapshots(copy));
        Assert.Contains("nothing accepted: the ground truth finds messages lost or damaged", result.Describe());
    }

    [Fact]
    public async Task MailmigAcceptApprovesNoChangedFieldThatTheGroundTruthCallsDamage()
    {
        using var work = new TempFolder();
        var copy = CopyCase(work.Path);
        var before = Snapshots(copy);

        var result = await new CorpusRunner(new EditingMigratorRunner(EditingMigratorRunner.ChangeFirstSubject), Path.Combine(work.Path, "work"), Settings(accept: true))
            .RunAsync(CorpusCase.Load(copy));

        Assert.Equal(RunVerdict.CompletedWithLoss, result.Verdict);
        Assert.Equal(before, Snapshots(copy));
        Assert.Contains("nothing accepted", result.Describe());
    }

    [Fact]
    public async Task MailmigAcceptWithAllowRemovalsStillKeepsTheSnapshotOfAMessageTheGroundTruthSaysIsLost()
    {
        using var work = new TempFolder();
        var copy = CopyCase(work.Path);
        var before = Snapshots(copy);

        await new CorpusRunner(new EditingMigratorRunner(EditingMigratorRunner.LoseFirstMessage), Path.Combine(work.Path, "work"), Settings(accept: true)) { AllowRemovals = true }
            .RunAsync(CorpusCase.Load(copy));

        Assert.Equal(before, Snapshots(copy));
    }

    [Fact]
    public async Task MailmigAcceptWithAllowRemovalsRemovesAnApprovedSnapshotThatNoMessageProducesAnyMore()
    {
        using var work = new TempFolder();
        var copy = CopyCase(work.Path);
        var verified = Path.Combine(copy, CorpusCase.VerifiedFolderName);
        var some = Directory.EnumerateFiles(verified, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var stale = Path.Combine(Path.GetDirectoryName(some)!, "999999" + Path.GetFileName(some)[Path.GetFileName(some).IndexOf('.', StringComparison.Ordinal)..]);
        File.Copy(some, stale);
        var before = Snapshots(copy);

        var result = await new CorpusRunner(new EditingMigratorRunner(_ => { }), Path.Combine(work.Path, "work"), Settings(accept: true)) { AllowRemovals = true }
            .RunAsync(CorpusCase.Load(copy));

        Assert.False(File.Exists(stale), result.Describe());
        Assert.Equal(before.Count - 1, Snapshots(copy).Count);
    }

    private static Dictionary<string, string> Snapshots(string caseFolder) =>
        Directory.EnumerateFiles(Path.Combine(caseFolder, CorpusCase.VerifiedFolderName), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(caseFolder, f), File.ReadAllText);

    private static string CopyCase(string root)
    {
        var copy = Path.Combine(root, "corpora", Case);
        CopyFolder(Path.Combine(RepositoryPaths.Corpora, Case), copy);
        return copy;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(SnapshotFile.ReceivedExtension, StringComparison.Ordinal)))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string GitStatusOfCorpora()
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "status", "--ignored", "--porcelain", "corpora/" })
        {
            info.ArgumentList.Add(arg);
        }

        using var git = Process.Start(info)!;
        var text = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        return text;
    }
}
