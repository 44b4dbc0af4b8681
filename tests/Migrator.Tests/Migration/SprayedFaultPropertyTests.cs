using CsCheck;
using MailMig.Fidelity.Generator.Faults;
using MailMig.Fidelity.Generator.Generation;
using MailMig.Fidelity.Migrator.Tests.Support;

namespace MailMig.Fidelity.Migrator.Tests.Migration;

/*
 * Generated post offices (real DB8 and export bytes) with random subsets of the catalog's faults sprayed at
 * random rates: from either source every message is accounted for and reaches the manifest's outcome.
 * Generating costs tens of milliseconds per post office, so this runs fewer iterations than the in-memory
 * accounting property (AccountingPropertyTests), which covers volume and arbitrary damage.
 */
public class SprayedFaultPropertyTests
{
    private static readonly FaultDescriptor[] Faults = [.. FaultCatalog.All];

    private static readonly Gen<GeneratorOptions> Options =
        Gen.Select(Gen.Int[1, 100_000], Gen.Int[1, 4], Gen.Int[15, 50], Gen.Int[0, Faults.Length - 1].Array[1, 4], Gen.Int[0, 4])
        .Select((seed, users, messages, picks, rate) =>
        {
            var chosen = picks.Select(i => Faults[i]).DistinctBy(f => f.Id).ToList();
            var dbcs = chosen.Any(f => f.NeedsDbcs == true);
            chosen = [.. chosen.Where(f => f.NeedsDbcs != !dbcs)];
            return new GeneratorOptions
            {
                Seed = seed,
                Profile = "minimal",
                Users = users,
                Messages = messages,
                Faults = [.. chosen.Select(f => f.Id)],
                FaultRate = rate / 10.0,
                CodePage = dbcs ? 932 : 850,
                TimeZoneId = "America/New_York",
            };
        });

    [Fact]
    public void GeneratedPostOfficesWithSprayedFaultsReachTheManifestsOutcomes()
    {
        Options.Sample(options =>
        {
            using var folder = new TempDirectory();
            try
            {
                PostOfficeGenerator.Generate(options, folder.Path, force: true);
            }
            catch (GeneratorUsageException)
            {
                return; // too few messages for the chosen faults: nothing was generated, nothing to migrate
            }

            var (fromDb8, report) = Manifest.MigrateDb8(folder.Path);
            Assert.Equal(report.Totals.Source, report.Totals.Migrated + report.Totals.Repaired + report.Totals.Skipped);
            Manifest.AssertOutcomes(fromDb8, [report]);
            var (fromExport, reports) = Manifest.MigrateExports(folder.Path);
            Manifest.AssertOutcomes(fromExport, reports);
        }, iter: 40, threads: 2, print: o => $"seed {o.Seed}, {o.Users} users, {o.Messages} messages, faults {string.Join(",", o.Faults!)} at {o.FaultRate}, code page {o.CodePage}");
    }
}
