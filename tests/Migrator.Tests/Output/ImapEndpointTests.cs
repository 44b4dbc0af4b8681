using MailMig.Fidelity.Migrator.Output;

namespace MailMig.Fidelity.Migrator.Tests.Output;

public sealed class ImapEndpointTests
{
    [Fact]
    public void AServerUrlIsReadWithItsEscapedCredentialsAndShownWithoutThePassword()
    {
        var endpoint = ImapEndpoint.Parse("imap://mig%40corp:s3cr%3At@127.0.0.1:10143/");

        Assert.Equal(("mig@corp", "s3cr:t", "127.0.0.1", 10143), (endpoint.User, endpoint.Password, endpoint.Host, endpoint.Port));
        Assert.Equal("imap://mig%40corp@127.0.0.1:10143/", endpoint.Shown);
        Assert.DoesNotContain("s3cr", endpoint.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("imap://u:p@host.example/", 143)]
    [InlineData("imaps://u:p@host.example/", 993)]
    public void APortLeftOutIsTheSchemesOwn(string url, int port) => Assert.Equal(port, ImapEndpoint.Parse(url).Port);

    [Theory]
    [InlineData("http://u:hunter2@host/")]
    [InlineData("imap://u@host/")]
    [InlineData("imap://:hunter2@host/")]
    public void AnUnusableUrlIsRefusedWithoutRepeatingThePassword(string url)
    {
        var error = Assert.Throws<FormatException>(() => ImapEndpoint.Parse(url));

        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }
}
