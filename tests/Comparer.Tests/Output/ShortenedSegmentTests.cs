using System.Security.Cryptography;
using System.Text;
using MailMig.Fidelity.Comparer.Output;

namespace MailMig.Fidelity.Comparer.Tests.Output;

/// <summary>Shortened path segments (docs/formats/output.md) stand for their name only when prefix and hash both fit it.</summary>
public sealed class ShortenedSegmentTests
{
    private static readonly string Name = "Quarterly reports " + new string('q', 282);

    private static string Shortened(string prefix, string name) =>
        prefix + "%~" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..16];

    [Fact]
    public void AShortenedSegmentStandsForTheNameWhosePrefixAndHashItCarries() =>
        Assert.True(PathSegments.SameName(PathSegments.Decode(Shortened("Quarterly reports qq", Name)), Name));

    [Fact]
    public void AShortenedSegmentWithAnotherNamesHashDoesNotStandForTheName() =>
        Assert.False(PathSegments.SameName(PathSegments.Decode(Shortened("Quarterly reports qq", Name + "x")), Name));

    [Fact]
    public void AShortenedSegmentWhosePrefixDiffersDoesNotStandForTheName() =>
        Assert.False(PathSegments.SameName(PathSegments.Decode(Shortened("Annual", Name)), Name));

    [Fact]
    public void FoldersAreComparedNameByName() =>
        Assert.True(PathSegments.SameFolder("Inbox\\" + Shortened("Quarterly", Name), "Inbox\\" + Name));
}
