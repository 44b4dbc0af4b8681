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

    [Theory]
    [InlineData("tool {source} {sauce}", "unknown placeholder {sauce}")]
    [InlineData("tool --in {src} --out {out}", "unknown placeholder {src}")]
    [InlineData("tool {out}", "no {source}")]
    [InlineData("tool {source} --zone {timezone}", "neither an {out} nor an {imap}")]
    public void ATemplateWithAnUnknownOrMissingPlaceholderSaysWhatIsWrong(string text, string expected)
    {
        Assert.Contains(expected, CommandTemplate.Parse(text).Problem(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tool {source} {out}")]
    [InlineData("tool --in={source} --zone {timezone} --as {target} {out}")]
    [InlineData("tool {source} --server {imap}")]
    [InlineData("sh -c 'echo {\"json\": 1}' {source} {out}")]
    public void ATemplateWithKnownPlaceholdersAndAnOutputHasNoProblem(string text)
    {
        Assert.Null(CommandTemplate.Parse(text).Problem());
    }
}
