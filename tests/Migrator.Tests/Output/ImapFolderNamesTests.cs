using MailMig.Fidelity.Migrator.Output;

namespace MailMig.Fidelity.Migrator.Tests.Output;

public sealed class ImapFolderNamesTests
{
    [Theory]
    [InlineData("Smith, Grover", '/', true, "Smith, Grover")]
    [InlineData("Reports.1998", '.', false, "Reports%2E1998")]
    [InlineData("Reports.1998", '/', false, "Reports.1998")]
    [InlineData("~2", '/', true, "%7E2")]
    [InlineData("a~b", '/', false, "a~b")]
    [InlineData("Inbox", '/', true, "%49nbox")]
    [InlineData("Inbox", '/', false, "Inbox")]
    [InlineData("%", '/', true, "%")]
    public void ASegmentBecomesAFolderNameTheServerAcceptsAndPercentDecodingGivesItBack(string segment, char separator, bool topLevel, string expected)
    {
        var name = ImapFolderNames.FromSegment(segment, separator, topLevel);

        Assert.Equal(expected, name);
        Assert.Equal(Uri.UnescapeDataString(segment), Uri.UnescapeDataString(name));
    }
}
