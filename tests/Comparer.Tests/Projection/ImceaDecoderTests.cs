using MailMig.Fidelity.Comparer.Projection;
using MailMig.Fidelity.Comparer.Tests.Support;

namespace MailMig.Fidelity.Comparer.Tests.Projection;

public class ImceaDecoderTests
{
    [Theory]
    [InlineData("IMCEAX400-c=US+3Ba=+20+3Bp=MS+3Bo=PARIS+3Bs=user+3B@host.microsoft.com", "X400", "c=US;a= ;p=MS;o=PARIS;s=user;", "host.microsoft.com")]
    [InlineData("IMCEACCMAIL-Smith+2C+20Grover+20at+20FERGUSON@ferguson.example", "CCMAIL", "Smith, Grover at FERGUSON", "ferguson.example")]
    [InlineData("IMCEAX400-_c=US_a=ATTMAIL_pn=Guy+2EGood@ferguson.example", "X400", "/c=US/a=ATTMAIL/pn=Guy.Good", "ferguson.example")]
    [InlineData("IMCEAATTMAIL-guygood@ferguson.example", "ATTMAIL", "guygood", "ferguson.example")]
    [InlineData("IMCEAMS-EASYLINK_ATTMAIL_user@ferguson.example", "MS", "EASYLINK/ATTMAIL/user", "ferguson.example")]
    [InlineData("IMCEACCMAIL-M+C3+BCller+2C+20J+C3+BCrgen+20at+20FERGUSON@ferguson.example", "CCMAIL", "Müller, Jürgen at FERGUSON", "ferguson.example")]
    [InlineData("IMCEACCMAIL-+E3+82+BD+E3+83+8B+E3+83+BC@po.example", "CCMAIL", "ソニー", "po.example")]
    [InlineData("IMCEASMTP-attmail+21username@ferguson.example", "SMTP", "attmail!username", "ferguson.example")]
    [InlineData("IMCEAX400-c=US+3Ba=ATTMAIL+3Bp=TEST+3Bs=Good+3Bg=Guy@ferguson.example", "X400", "c=US;a=ATTMAIL;p=TEST;s=Good;g=Guy", "ferguson.example")]
    public void DecodesTypeAndOriginalAddress(string smtp, string type, string address, string domain)
    {
        var decoded = ImceaDecoder.Decode(smtp);

        Assert.True(decoded.IsImcea);
        Assert.Equal(type, decoded.Type);
        Assert.Equal(address, decoded.Address);
        Assert.Equal(domain, decoded.Domain);
        Assert.Null(decoded.Problem);
    }

    [Theory]
    [InlineData("pat@example.com")]
    [InlineData("imceaX400-c=US+3Ba=+20@host.example")]
    [InlineData("Imcea-nothing@host.example")]
    [InlineData("IMCEA-notype@host.example")]
    [InlineData("IMCEAX400@host.example")]
    public void PlainAndLowerCasePrefixedAddressesAreSmtp(string smtp)
    {
        var decoded = ImceaDecoder.Decode(smtp);

        Assert.False(decoded.IsImcea);
        Assert.Equal("SMTP", decoded.Type);
        Assert.Equal(smtp, decoded.Address);
    }

    [Fact]
    public void APlusWithoutTwoHexDigitsIsKeptAndReported()
    {
        var decoded = ImceaDecoder.Decode("IMCEAX400-c=US+3Bbad+ZZ@host.example");

        Assert.Equal("c=US;bad+ZZ", decoded.Address);
        Assert.Contains("'+' not followed by two hex digits", decoded.Problem);
    }

    [Fact]
    public void BytesThatAreNotUtf8AreReadAsLatin1AndReported()
    {
        var decoded = ImceaDecoder.Decode("IMCEACCMAIL-M+FCller@host.example");

        Assert.Equal("Müller", decoded.Address);
        Assert.Contains("not UTF-8", decoded.Problem);
    }

    [Theory]
    [InlineData("X400", "c=US;a= ;p=MS;o=PARIS;s=user;")]
    [InlineData("CCMAIL", "\"Quoted, PO\" at \"A, B\"")]
    [InlineData("ATTMAIL", "/c=US/admd=ATTMAIL/prmd=TEST/pn=Guy.Good")]
    [InlineData("CCMAIL", "Ünïcödé ½ ░ at PO")]
    public void DecodingReversesTheTestEncoder(string type, string address)
    {
        var decoded = ImceaDecoder.Decode(ImceaEncoder.Encode(type, address, "ferguson.example"));

        Assert.Equal((type, address), (decoded.Type, decoded.Address));
    }

    [Fact]
    public void AnAddressLongerThanTheStackBufferDecodesToo()
    {
        var address = string.Concat(Enumerable.Repeat("Ünïcödé, PO_", 200));
        var decoded = ImceaDecoder.Decode(ImceaEncoder.Encode("CCMAIL", address, "ferguson.example"));

        Assert.Equal(("CCMAIL", address, (string?)null), (decoded.Type, decoded.Address, decoded.Problem));
    }

    [Fact]
    public void ALongPayloadWithBytesThatAreNotUtf8IsReadAsLatin1WithAProblem()
    {
        var decoded = ImceaDecoder.Decode("IMCEACCMAIL-" + new string('a', 600) + "M+FCller@host.example");

        Assert.Equal(new string('a', 600) + "Müller", decoded.Address);
        Assert.Equal("the bytes before 616 are not UTF-8; read as Latin-1", decoded.Problem);
    }
}
