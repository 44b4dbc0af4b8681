using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Imap;

/*
 * The gate with {imap}: each case gets a fresh Dovecot, the candidate (the built mailmig-fidelity, sandboxed
 * when bwrap is there) appends to it over loopback, and the gate reads the server back to judge the case.
 */
public sealed class ImapGateTests
{
    [NeedsProgramFact("dovecot")]
    public async Task ACandidateGivenImapIsJudgedByWhatItAppendedToTheServer()
    {
        using var work = new TempFolder();
        var template = $"dotnet {RepositoryPaths.Cli} migrate --source {{source}} --target {{imap}} --out {{out}} --time-zone {{timezone}}";

        var (exitCode, output) = await GateRun.InvokeAsync("--corpora", RepositoryPaths.Corpora, "--migrator", template, "--case", "fault-read-status", "--report", work.Path);

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("mailmig:", output, StringComparison.Ordinal);
    }

    [NeedsProgramFact("dovecot")]
    public async Task ACandidateThatLeavesTheServerEmptyFailsNamingTheFirstMissingMessage()
    {
        using var work = new TempFolder();
        var template = $"sh -c 'dotnet {RepositoryPaths.Cli} migrate --source \"$0\" --out \"$1\"' {{source}} {{out}} {{imap}}";

        var (exitCode, output) = await GateRun.InvokeAsync("--corpora", RepositoryPaths.Corpora, "--migrator", template, "--case", "fault-read-status", "--report", work.Path);

        Assert.True(exitCode == 1, output);
        Assert.Contains("the first message missing in source order", output, StringComparison.Ordinal);
    }
}
