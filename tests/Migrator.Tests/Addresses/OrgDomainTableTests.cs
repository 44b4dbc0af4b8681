using MailMig.Fidelity.Migrator.Addresses;
using MailMig.Fidelity.Migrator.Tests.Support;

namespace MailMig.Fidelity.Migrator.Tests.Addresses;

/// <summary>The default organisation domains documented in docs/address-mapping.md are the ones the mapper derives.</summary>
public sealed class OrgDomainTableTests
{
    public static TheoryData<string, string> DocumentedOrgDomains()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in DocumentTable.Rows("docs/address-mapping.md", "What travels in MIME"))
        {
            // "東京 (or no post office)": the name is the first word.
            data.Add(row[0].Split(" (", 2)[0], row[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentedOrgDomains))]
    public void ThePostOfficeNameGivesTheDocumentedDefaultOrgDomain(string postOffice, string orgDomain) =>
        Assert.Equal(orgDomain, AddressMapper.DefaultOrgDomain(postOffice));

    [Fact]
    public void AnExportWithoutAPostOfficeGetsTheDocumentedFallbackDomain() =>
        Assert.Equal("postoffice.ccmail.invalid", AddressMapper.DefaultOrgDomain(null));

    [Fact]
    public void ALongPostOfficeNameIsCutToOneDnsLabelWithoutATrailingDash() =>
        Assert.Equal(new string('a', 62) + ".ccmail.invalid", AddressMapper.DefaultOrgDomain(new string('a', 62) + " b"));
}
