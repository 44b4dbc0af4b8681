using MailMig.Fidelity.CcMail.Addresses;

namespace MailMig.Fidelity.CcMail.Tests.Addresses;

public sealed class AttmailSpellingsTests
{
    [Fact]
    public void ThereAreEightSpellingsWithDistinctIdsAndTexts()
    {
        Assert.Equal(
            ["at-gateway", "typed", "typed-bang", "bang-path", "bracketed-smtp", "x400-slash", "x400-semicolon", "x400-admd"],
            AttmailSpellings.All.Select(s => s.Id));
        Assert.Equal(8, AttmailSpellings.All.Select(s => s.Render("u", "s", "g", "o")).Distinct().Count());
    }

    [Fact]
    public void RenderFillsEachPlaceholderOnceEvenWhenAValueLooksLikeOne()
    {
        var spelling = AttmailSpellings.Get("x400-slash");

        Assert.Equal("X400:/c=US/a=ATTMAIL/p={user}/s=Doe/g=John", spelling.Render("jdoe", "Doe", "John", "{user}"));
        Assert.Equal("/c=US/a=ATTMAIL/p=ACME/s={x}/g=John", spelling.RenderAddress("jdoe", "{x}", "John", "ACME"));
    }

    [Theory]
    [InlineData(LetterCase.AsWritten, "ATTMAIL:jdoe at Home")]
    [InlineData(LetterCase.Upper, "ATTMAIL:JDOE AT HOME")]
    [InlineData(LetterCase.Lower, "attmail:jdoe at home")]
    [InlineData(LetterCase.Mixed, "AttMAIl:jdOE At hOME")]
    public void ApplyCaseIsDeterministicAndTheSameForAPartAsInTheWhole(LetterCase casing, string expected)
    {
        Assert.Equal(expected, AttmailSpellings.ApplyCase("ATTMAIL:jdoe at Home", casing));
        Assert.Equal(expected[..7], AttmailSpellings.ApplyCase("ATTMAIL", casing));
    }

    [Fact]
    public void MixedCaseReallyMixesTheKeywords()
    {
        foreach (var keyword in new[] { "ATTMAIL", "EASYLINK", "SMTP", "at" })
        {
            var mixed = AttmailSpellings.ApplyCase(keyword, LetterCase.Mixed);
            Assert.NotEqual(mixed.ToUpperInvariant(), mixed);
            Assert.NotEqual(mixed.ToLowerInvariant(), mixed);
        }
    }

    [Fact]
    public void GettingAnUnknownSpellingSaysWhich() =>
        Assert.Contains("nope", Assert.Throws<ArgumentOutOfRangeException>(() => AttmailSpellings.Get("nope")).Message);
}
