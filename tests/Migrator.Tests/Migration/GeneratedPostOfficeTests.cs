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
        var (expected, report) = Manifest.MigrateDb8(_generated.Folder.Path);
        Assert.Contains(expected, m => m.SkipReason == "db8-truncated");
        Assert.Contains(expected, m => m.Repairs.Contains("db8-record-found-by-walk"));
        Manifest.AssertOutcomes(expected, [report]);
    }

    [Fact]
    public void TheExportFilesMigrateToTheManifestsOutcomes()
    {
        var (expected, reports) = Manifest.MigrateExports(_generated.Folder.Path);
        Assert.Contains(expected, m => m.Repairs.Contains("attachment-unreadable"));
        Assert.Contains(expected, m => m.Repairs.Contains("date-invalid-clamped"));
        Manifest.AssertOutcomes(expected, reports);
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
