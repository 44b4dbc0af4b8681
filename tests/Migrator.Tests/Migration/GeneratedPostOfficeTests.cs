using MailMig.Fidelity.Generator.Generation;
using MailMig.Fidelity.Migrator.Migration;
using MailMig.Fidelity.Migrator.Output;
using MailMig.Fidelity.Migrator.Sources;
using MailMig.Fidelity.Migrator.Tests.Support;

namespace MailMig.Fidelity.Migrator.Tests.Migration;

/*
 * The generator's ground truth: a post office with every catalog fault, migrated from its DB8 store and
 * from each mailbox's export file; every message must reach exactly the outcome, repairs and skip reason
 * the manifest gives for that source kind (docs/fault-catalog.md).
 */
public sealed class GeneratedPostOfficeTests : IClassFixture<GeneratedPostOfficeTests.Generated>
{
    private readonly Generated _generated;

    public GeneratedPostOfficeTests(Generated generated) => _generated = generated;

    [Fact]
    public void TheDb8StoreMigratesToTheManifestsOutcomes()
    {
        using var output = new TempDirectory();
        using var source = MigrationSources.Open(Path.Combine(_generated.Folder.Path, "po"));
        var report = Migrating.Run(source, output.Path, OutputTarget.Mbox);
        var (_, expected) = Manifest.Read(Path.Combine(_generated.Folder.Path, "manifest.jsonl"), "db8");
        Assert.Contains(expected, m => m.SkipReason == "db8-truncated");
        Assert.Contains(expected, m => m.Repairs.Contains("db8-record-found-by-walk"));
        AssertOutcomes(expected, [report]);
    }

    [Fact]
    public void TheExportFilesMigrateToTheManifestsOutcomes()
    {
        var (timeZone, expected) = Manifest.Read(Path.Combine(_generated.Folder.Path, "manifest.jsonl"), "export");
        var reports = new List<MigrationReport>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_generated.Folder.Path, "export")).Order(StringComparer.Ordinal))
        {
            using var output = new TempDirectory();
            using var source = MigrationSources.Open(file, timeZone);
            reports.Add(Migrating.Run(source, output.Path, OutputTarget.Mbox));
        }

        Assert.Contains(expected, m => m.Repairs.Contains("attachment-unreadable"));
        Assert.Contains(expected, m => m.Repairs.Contains("date-invalid-clamped"));
        AssertOutcomes(expected, reports);
    }

    private static void AssertOutcomes(List<ExpectedOutcome> expected, List<MigrationReport> reports)
    {
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, reports.Sum(r => r.Totals.Source));
        var repaired = reports.SelectMany(r => r.Repaired).ToDictionary(r => (r.Mailbox, r.Index));
        var skipped = reports.SelectMany(r => r.Skipped).ToDictionary(s => (s.Mailbox, s.Index));
        var wrong = new List<string>();
        foreach (var message in expected)
        {
            var key = (message.Mailbox, message.Index);
            var actual = skipped.TryGetValue(key, out var skip) ? $"skipped {skip.Reason}"
                : repaired.TryGetValue(key, out var repair) ? $"repaired {string.Join(",", repair.Repairs.Order(StringComparer.Ordinal))}"
                : "migrated";
            var wanted = message.Outcome switch
            {
                "skipped" => $"skipped {message.SkipReason}",
                "repaired" => $"repaired {string.Join(",", message.Repairs.Order(StringComparer.Ordinal))}",
                _ => "migrated",
            };
            if (actual != wanted)
            {
                wrong.Add($"{message.Mailbox} #{message.Index}: expected {wanted}, got {actual} (faults {string.Join(" ", message.Faults)})");
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {expected.Count} messages:\n{string.Join("\n", wrong.Take(30))}");
    }

    /// <summary>One generated post office with every fault, shared by the tests of this class.</summary>
    public sealed class Generated : IDisposable
    {
        public Generated() =>
            PostOfficeGenerator.Generate(new GeneratorOptions { Seed = 7, Users = 6, Messages = 400, Faults = ["all"], TimeZoneId = "America/New_York" }, Folder.Path, force: true);

        public TempDirectory Folder { get; } = new();

        public void Dispose() => Folder.Dispose();
    }
}
