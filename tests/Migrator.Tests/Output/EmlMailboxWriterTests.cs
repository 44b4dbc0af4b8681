using MailMig.Fidelity.Migrator.Migration;
using MailMig.Fidelity.Migrator.Output;
using MailMig.Fidelity.Migrator.Tests.Migration;
using MailMig.Fidelity.Migrator.Tests.Support;

namespace MailMig.Fidelity.Migrator.Tests.Output;

public class EmlMailboxWriterTests
{
    [Fact]
    public void ARerunRewritesFilesCutShortOrMissingAndLeftoverTemporaryFilesAndEndsLikeACleanRun()
    {
        using var clean = new TempDirectory();
        using var damaged = new TempDirectory();
        Migrating.Run(MigrationEngineTests.SamplePostOffice(), clean.Path);
        Migrating.Run(MigrationEngineTests.SamplePostOffice(), damaged.Path);
        var files = Directory.EnumerateFiles(damaged.Path, "*.eml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        File.WriteAllBytes(files[0], File.ReadAllBytes(files[0])[..10]);
        File.Delete(files[1]);
        File.WriteAllText(files[2] + DurableFiles.TempSuffix, "half a message");

        var report = Migrating.Run(MigrationEngineTests.SamplePostOffice(), damaged.Path);

        Assert.True(report.Complete);
        Migrating.AssertSameTree(clean.Path, damaged.Path);
    }

    [Fact]
    public void AFreshRunLeavesOnlyWholeFilesAndNoTemporaryOnes()
    {
        using var output = new TempDirectory();
        var report = Migrating.Run(MigrationEngineTests.SamplePostOffice(), output.Path);
        var files = Directory.EnumerateFiles(output.Path, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.Equal(report.Totals.Migrated + report.Totals.Repaired, files.Count(f => f!.EndsWith(".eml", StringComparison.Ordinal)));
        Assert.DoesNotContain(files, f => f!.EndsWith(DurableFiles.TempSuffix, StringComparison.Ordinal));
        Assert.Contains(MigrationReport.FileName, files);
    }
}
