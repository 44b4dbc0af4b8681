using System.Text;
using System.Text.RegularExpressions;
using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Comparer.Tests.Projection;

public class SourceOffsetScrubberTests
{
    // The regex the scrubber was written from: the oracle its rules are checked against.
    private static readonly Regex OffsetPattern = new("""@(\d+)(?="?$)""", RegexOptions.CultureInvariant);

    private static string ScrubByRegex(string value, ScrubCounter counter) =>
        OffsetPattern.Replace(value, m => "@" + counter.Replace("Offset", m.Groups[1].Value), 1);

    [Theory]
    [InlineData("\"CCPOMS@27052983\"", "\"CCPOMS@Offset_1\"")]
    [InlineData("CCPOMS@27052983", "CCPOMS@Offset_1")]
    [InlineData("a@b@12", "a@b@Offset_1")]
    [InlineData("a@12@34", "a@12@Offset_1")]
    [InlineData("a@12\n", "a@Offset_1\n")]
    [InlineData("a@12\"\n", "a@Offset_1\"\n")]
    [InlineData("a@12x", "a@12x")]
    [InlineData("a@\"", "a@\"")]
    [InlineData("(none)", "(none)")]
    public void TheOffsetAtTheEndIsScrubbed(string value, string scrubbed)
    {
        Assert.Equal(scrubbed, new SourceOffsetScrubber().Scrub("source", value, new ScrubCounter()));
    }

    [Fact]
    public void RandomValuesAreScrubbedAsTheRegexScrubsThem()
    {
        string[] pieces = ["@", "1", "9", "\u0663", "\"", "\n", "x", " ", "@1", "\"\n"];
        var random = new Random(2026);
        for (var i = 0; i < 20_000; i++)
        {
            var value = new StringBuilder();
            for (var n = random.Next(0, 8); n > 0; n--)
            {
                value.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = value.ToString();
            Assert.Equal(ScrubByRegex(text, new ScrubCounter()), new SourceOffsetScrubber().Scrub("forwarded[1].source", text, new ScrubCounter()));
        }
    }

    [Fact]
    public void OtherFieldsAreLeftAlone()
    {
        Assert.Equal("a@12", new SourceOffsetScrubber().Scrub("subject", "a@12", new ScrubCounter()));
    }
}
