using MailMig.Fidelity.Cli.Validation;

namespace MailMig.Fidelity.Cli.Tests.Validation;

public sealed class DomainNameTests
{
    [Theory]
    [InlineData("ferguson.ccmail.invalid")]
    [InlineData("smtpgate.abc.com")]
    [InlineData("x-1.example")]
    [InlineData("localhost")]
    public void HostNamesAreDomainNames(string text)
    {
        Assert.Null(DomainName.Problem(text));
    }

    [Theory]
    [InlineData("not a domain!!")]
    [InlineData("a..example")]
    [InlineData("-ferguson.example")]
    [InlineData("ferguson-.example")]
    [InlineData("ferguson.example.")]
    [InlineData("user@ferguson.example")]
    [InlineData("")]
    public void TextThatCannotFollowTheAtSignIsNotADomainName(string text)
    {
        Assert.NotNull(DomainName.Problem(text));
    }

    [Fact]
    public void ALabelLongerThan63CharactersIsNotADomainName()
    {
        Assert.NotNull(DomainName.Problem(new string('a', 64) + ".example"));
    }
}
