using CsCheck;
using MailMig.Fidelity.Migrator.Addresses;

namespace MailMig.Fidelity.Migrator.Tests.Addresses;

public class ImceaEncodingTests
{
    [Theory]
    [InlineData("CCMAIL", "Smith, Grover at FERGUSON", "IMCEACCMAIL-Smith+2C+20Grover+20at+20FERGUSON@ferguson.ccmail.invalid")]
    [InlineData("X400", "c=US;a= ;p=MS;o=PARIS;s=user;", "IMCEAX400-c=US+3Ba=+20+3Bp=MS+3Bo=PARIS+3Bs=user+3B@ferguson.ccmail.invalid")]
    [InlineData("X400", "/c=US/a=ATTMAIL/p=ACME/s=Doe", "IMCEAX400-_c=US_a=ATTMAIL_p=ACME_s=Doe@ferguson.ccmail.invalid")]
    [InlineData("ATTMAIL", "!jdoe", "IMCEAATTMAIL-+21jdoe@ferguson.ccmail.invalid")]
    [InlineData("SMTP", "attmail!jdoe", "IMCEASMTP-attmail+21jdoe@ferguson.ccmail.invalid")]
    [InlineData("CCMAIL", "Müller-Lüdenscheidt, Ä at FERGUSON", "IMCEACCMAIL-M+C3+BCller-L+C3+BCdenscheidt+2C+20+C3+84+20at+20FERGUSON@ferguson.ccmail.invalid")]
    [InlineData("MS", "NET/PO/MBX", "IMCEAMS-NET_PO_MBX@ferguson.ccmail.invalid")]
    [InlineData("MY-TYPE", "a_b+c", "IMCEAMY+2DTYPE-a+5Fb+2Bc@ferguson.ccmail.invalid")]
    public void EncodesPerMsOxcmailRules(string type, string address, string expected)
    {
        Assert.Equal(expected, ImceaEncoding.Encode(type, address, "ferguson.ccmail.invalid"));
        Assert.True(ImceaEncoding.TryDecode(expected, out var decodedType, out var decodedAddress, out var domain));
        Assert.Equal((type, address, "ferguson.ccmail.invalid"), (decodedType, decodedAddress, domain));
    }

    [Fact]
    public void EncodedAddressesUseOnlyAtomCharacters()
    {
        Gen.String.Sample(text =>
        {
            var encoded = ImceaEncoding.Encode("CCMAIL", text, "x.invalid");
            var local = encoded[..encoded.LastIndexOf('@')];
            Assert.All(local, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '=' or '_' or '+', $"'{c}' in {encoded}"));
            Assert.StartsWith("IMCEACCMAIL-", encoded, StringComparison.Ordinal);
        }, iter: 2000);
    }

    [Fact]
    public void DecodingGivesBackAnyTypeAndAddress()
    {
        Gen.Select(Gen.String, Gen.String).Sample((type, address) =>
        {
            // Lone surrogates are not text; the encoder sees them as U+FFFD like any UTF-8 encoder.
            type = type.Normalize().Length == type.Length && !type.Any(char.IsSurrogate) ? type : "T";
            address = address.Any(char.IsSurrogate) ? "a" : address;
            var encoded = ImceaEncoding.Encode(type, address, "d.invalid");
            Assert.True(ImceaEncoding.TryDecode(encoded, out var t, out var a, out _));
            Assert.Equal(type, t);
            Assert.Equal(address, a);
        }, iter: 2000);
    }

    [Theory]
    [InlineData("jdoe@example.com")]
    [InlineData("imceaCCMAIL-x@d")]
    [InlineData("IMCEACCMAIL@d")]
    [InlineData("IMCEACCMAIL-x+2@d")]
    [InlineData("IMCEACCMAIL-x+ZZ@d")]
    [InlineData("IMCEACCMAIL-+FF@d")]
    public void RejectsWhatIsNotAnImceaAddress(string addrSpec) =>
        Assert.False(ImceaEncoding.TryDecode(addrSpec, out _, out _, out _));
}
