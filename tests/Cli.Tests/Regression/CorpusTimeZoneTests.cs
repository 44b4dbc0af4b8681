using System.Text.Json;
using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Cli.Tests.Support;
using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Generator.Generation;

namespace MailMig.Fidelity.Cli.Tests.Regression;

/// <summary>Every corpus case has a real IANA zone, the migrator is told it, and export cases exercise daylight saving.</summary>
public sealed class CorpusTimeZoneTests
{
    private static IReadOnlyList<CorpusCase> All => CorpusCase.LoadAll(RepositoryPaths.Corpora);

    private static IEnumerable<CorpusCase> ExportRecipes => All.Where(c => c.Recipe is not null && c.Source == "export");

    [Fact]
    public async Task OurMigratorOutOfProcessHonouringTheTimezonePlaceholderPassesTheDstChangeCase()
    {
        using var work = new TempFolder();
        var template = $"dotnet \"{RepositoryPaths.Cli}\" migrate --source {{source}} --out {{out}} --time-zone {{timezone}}";

        var (exitCode, output) = await GateRun.InvokeAsync("--corpora", RepositoryPaths.Corpora, "--migrator", template, "--case", "fault-dst-change", "--report", work.Path);

        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public async Task ADb8CaseTellsTheMigratorThePostOfficesOwnZone()
    {
        using var work = new TempFolder();
        var candidate = new EditingMigratorRunner(_ => { });
        var settings = new SnapshotSettings { Environment = SnapshotEnvironment.FromVariables(new Dictionary<string, string>()), Accept = false };

        await new CorpusRunner(candidate, work.Path, settings).RunAsync(CorpusCase.Load(Path.Combine(RepositoryPaths.Corpora, "fault-attmail-address")));

        var manifest = File.ReadLines(Path.Combine(work.Path, "fault-attmail-address", "generated", "manifest.jsonl")).First();
        Assert.Equal(JsonDocument.Parse(manifest).RootElement.GetProperty("timeZone").GetString(), candidate.LastTimeZone);
    }

    [Fact]
    public void EveryCaseWhoseSourceIsAnExportFileNamesARealIanaZone()
    {
        foreach (var corpusCase in All.Where(c => c.Recipe is null || c.Source == "export"))
        {
            var zone = corpusCase.Recipe is null ? corpusCase.TimeZone : corpusCase.Recipe.TimeZone;
            Assert.True(zone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _), $"{corpusCase.Name}: '{zone}' is not an IANA zone");
        }
    }

    [Fact]
    public void AtLeastThreeExportSourceCasesUseAZoneWithDaylightSaving()
    {
        var withDst = ExportRecipes.Where(c => TimeZoneInfo.FindSystemTimeZoneById(c.Recipe!.TimeZone!).SupportsDaylightSavingTime).Select(c => c.Name).ToList();

        Assert.True(withDst.Count >= 3, "export-source cases with daylight saving: " + string.Join(", ", withDst));
    }

    [Fact]
    public void OneExportSourceCaseHasMessagesOnBothSidesOfADaylightSavingChange()
    {
        using var work = new TempFolder();

        var crossing = ExportRecipes.Where(c => TimeZoneInfo.FindSystemTimeZoneById(c.Recipe!.TimeZone!).SupportsDaylightSavingTime)
            .Where(c => Offsets(c, Path.Combine(work.Path, c.Name)).Count > 1)
            .ToList();

        Assert.NotEmpty(crossing);
    }

    /// <summary>The distinct UTC offsets of the messages the case's recipe generates.</summary>
    private static HashSet<TimeSpan> Offsets(CorpusCase corpusCase, string folder)
    {
        var recipe = corpusCase.Recipe!;
        PostOfficeGenerator.Generate(
            new GeneratorOptions { Seed = recipe.Seed, Profile = recipe.Profile, Users = recipe.Users, Messages = recipe.Messages, Faults = recipe.Faults, FaultRate = recipe.FaultRate, CodePage = recipe.CodePage, TimeZoneId = recipe.TimeZone },
            folder,
            force: true);
        var offsets = new HashSet<TimeSpan>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "manifest.jsonl")))
        {
            var record = JsonDocument.Parse(line).RootElement;
            if (record.GetProperty("record").GetString() == "message" && record.TryGetProperty("date", out var utc) && utc.ValueKind == JsonValueKind.String
                && record.TryGetProperty("dateLocal", out var local) && local.ValueKind == JsonValueKind.String)
            {
                offsets.Add(DateTime.Parse(local.GetString()!, System.Globalization.CultureInfo.InvariantCulture) - DateTime.Parse(utc.GetString()!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal));
            }
        }

        return offsets;
    }
}
