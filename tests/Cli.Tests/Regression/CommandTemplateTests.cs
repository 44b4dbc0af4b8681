using MailMig.Fidelity.Cli.Regression;

namespace MailMig.Fidelity.Cli.Tests.Regression;

public sealed class CommandTemplateTests
{
    [Fact]
    public void PlaceholdersAreReplacedAfterSplittingSoPathsWithSpacesStayOneArgument()
    {
        var template = CommandTemplate.Parse("tool migrate --source {source} --out {out}");

        var argv = template.Expand("/tmp/my post office", "/tmp/out dir");

        Assert.Equal(["tool", "migrate", "--source", "/tmp/my post office", "--out", "/tmp/out dir"], argv);
    }

    [Fact]
    public void QuotesAndEscapesAreReadLikeAShell()
    {
        var argv = CommandTemplate.Parse("""run 'a b' "c \"d\"" e\ f --x={source}""").Expand("S", "O");

        Assert.Equal(["run", "a b", "c \"d\"", "e f", "--x=S"], argv);
    }

    [Theory]
    [InlineData("tool 'unclosed", "column 6")]
    [InlineData("   ", "empty")]
    public void AMalformedTemplateIsAClearError(string text, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => CommandTemplate.Parse(text));

        Assert.Contains(expected, error.Message);
    }
}
