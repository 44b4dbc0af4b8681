using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.Migrator.Sources;
using MailMig.Fidelity.Migrator.Tests.Support;

namespace MailMig.Fidelity.Migrator.Tests.Sources;

public class MigrationSourcesTests
{
    [Fact]
    public void AMissingPathIsNamedInTheError()
    {
        using var work = new TempDirectory();
        var missing = work.Combine("nothing-here");
        var error = Assert.Throws<CcMailFormatException>(() => MigrationSources.Open(missing));
        Assert.Equal(missing, error.File);
    }

    [Fact]
    public void ADirectoryWithoutCcpomboxIsNotAPostOffice()
    {
        using var work = new TempDirectory();
        var error = Assert.Throws<CcMailFormatException>(() => MigrationSources.Open(work.Path));
        Assert.Contains("CCPOMBOX", error.Message, StringComparison.Ordinal);
    }
}
