using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Regression;

/// <summary>Every folder under corpora/ is a case: generated, migrated in process and verified (as MimeKit lists its TestData).</summary>
public sealed class CorpusTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(RepositoryPaths.Corpora).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(folder, CorpusCase.FileName)))
            {
                data.Add(Path.GetFileName(folder));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task CorpusCasePassesAgainstOurMigrator(string name)
    {
        using var work = new TempFolder();
        var corpusCase = CorpusCase.Load(Path.Combine(RepositoryPaths.Corpora, name));

        var result = await new CorpusRunner(new InProcessMigratorRunner(), work.Path).RunAsync(corpusCase);

        Assert.True(result.Passed, result.Describe());
    }
}
