// Why: issue 11 item 7 proves the output contract complete by a migrator written from docs/ alone
// (tests/Fixtures/DocsOnlyMigrator); the gate must pass it. Every case is run against a copy of
// the case folder, so a failure can never write received files into corpora/. The full corpus
// takes about 100 s here, so the theory runs one case per area of the contract; the whole corpus:
// `dotnet run --project src/Cli -- run --migrator "dotnet <docs-only-migrator.dll> {source} {out} {timezone}"`.
using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Regression;

/// <summary>The gate passes a migrator written from the documentation alone.</summary>
public sealed class DocsOnlyMigratorTests
{
    [Theory]
    [InlineData("fault-attmail-address")]            // DB8; ATTMAIL in every spelling: proxies, IMCEA, org domain
    [InlineData("fault-mixed-address-types")]        // every address type: SMTP as is, X.400, MS, unknown types
    [InlineData("fault-dst-change")]                 // the post office's own zone, autumn overlap, spring gap
    [InlineData("fault-invalid-date")]               // the lenient second reading, clamping, repair order
    [InlineData("fault-forwarded-nested")]           // nested message/rfc822, text-<n>.txt, Message-IDs
    [InlineData("fault-attachment-reserved-name")]   // safe names, content-type table, repair
    [InlineData("fault-empty-system-folder")]        // folder list order and path segments
    [InlineData("fault-db8-truncated")]              // a skip, exit 1, the report's skipped entry
    [InlineData("fault-db8-dangling-offset")]        // a reader repair before the conversion's
    [InlineData("fault-attachment-unreadable")]      // export; an item left out, Inbox default
    [InlineData("fault-unknown-keyword")]            // export; X-CcMail-Header
    [InlineData("fault-dbcs-5c-subject")]            // cp932 text, percent-encoded segments
    public async Task TheGatePassesTheDocsOnlyMigratorOnCase(string name)
    {
        using var work = new TempFolder();
        var corpora = Path.Combine(work.Path, "corpora");
        CopyFolder(Path.Combine(RepositoryPaths.Corpora, name), Path.Combine(corpora, name));
        var template = $"dotnet \"{RepositoryPaths.DocsOnlyMigrator}\" {{source}} {{out}} {{timezone}}";

        var (exitCode, output) = await RunAsync(corpora, "--migrator", template, "--case", name, "--report", Path.Combine(work.Path, "report"));

        Assert.True(exitCode == 0, output);
        Assert.Contains($"passed {name}", output);
    }

    private static Task<(int ExitCode, string Output)> RunAsync(string corpora, params string[] args) =>
        GateRun.InvokeAsync(["--corpora", corpora, .. args]);

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
