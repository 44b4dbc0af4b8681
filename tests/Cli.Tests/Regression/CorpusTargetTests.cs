using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Regression;

/// <summary>A case names the output format it migrates to, so the gate exercises every reader of the Comparer.</summary>
public sealed class CorpusTargetTests
{
    [Fact]
    public void ACaseWithoutATargetMigratesToEml()
    {
        var corpusCase = CorpusCase.Load(Path.Combine(RepositoryPaths.Corpora, "fault-attmail-address"));

        Assert.Equal("eml", corpusCase.OutputTarget);
    }

    [Fact]
    public void ACaseNamingAnUnknownTargetIsRefusedNamingTheFile()
    {
        using var work = new TempFolder();
        File.WriteAllText(Path.Combine(work.Path, CorpusCase.FileName), """{ "guards": "g", "recipe": { "seed": 1 }, "target": "pst" }""");

        var error = Assert.Throws<CorpusException>(() => CorpusCase.Load(work.Path));

        Assert.Contains(Path.Combine(work.Path, CorpusCase.FileName), error.Message);
        Assert.Contains("\"target\"", error.Message);
    }

    [Fact]
    public void TheTargetPlaceholderIsReplacedByTheCasesTarget()
    {
        var argv = CommandTemplate.Parse("tool --format {target} {source} {out}").Expand("S", "O", "Europe/Berlin", "mbox");

        Assert.Equal(["tool", "--format", "mbox", "S", "O"], argv);
    }

    [Fact]
    public void TheCorpusHoldsACaseForEveryOutputFormat()
    {
        var targets = CorpusCase.LoadAll(RepositoryPaths.Corpora).Select(c => c.OutputTarget).ToHashSet();

        Assert.Superset(new HashSet<string> { "eml", "mbox", "exchange55" }, targets);
    }

    [Theory]
    [InlineData("target-mbox")]
    [InlineData("target-exchange55")]
    public async Task OurMigratorOutOfProcessGivenTheTargetPlaceholderPassesTheCase(string name)
    {
        using var work = new TempFolder();
        var template = $"dotnet \"{RepositoryPaths.Cli}\" migrate --source {{source}} --out {{out}} --time-zone {{timezone}} --target {{target}}";

        var (exitCode, output) = await GateRun.InvokeAsync("--corpora", RepositoryPaths.Corpora, "--migrator", template, "--case", name, "--report", work.Path);

        Assert.True(exitCode == 0, output);
    }
}
