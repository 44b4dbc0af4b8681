using MailMig.Fidelity.CcMail.Addresses;

namespace MailMig.Fidelity.CcMail.Tests.Addresses;

public sealed class AddressFormatterTests
{
    [Theory]
    [InlineData("Smith, Grover", "FERGUSON", "Smith, Grover at FERGUSON")]
    [InlineData("Made at Home, Inc", "Main, PO", "\"Made at Home, Inc\" at Main, PO")]
    [InlineData("Pat \"Bud\" Parkes", "FERGUSON", "\"Pat \"\"Bud\"\" Parkes\" at FERGUSON")]
    [InlineData("Parkes [Sales]", "Main/PO", "\"Parkes [Sales]\" at \"Main/PO\"")]
    [InlineData("jdoe@example.com", "FERGUSON", "\"jdoe@example.com\" at FERGUSON")]
    [InlineData("SMTP:jdoe", "X at Y", "\"SMTP:jdoe\" at \"X at Y\"")]
    [InlineData("", " ", "\"\" at \" \"")]
    public void FormatNativeQuotesOnlyWhatMustBeQuoted(string name, string postOffice, string expected) =>
        Assert.Equal(expected, AddressFormatter.FormatNative(name, postOffice));

    [Theory]
    [InlineData("Smith, Grover", "FERGUSON")]
    [InlineData("Made at Home, Inc", "Main, PO")]
    [InlineData("Pat \"Bud\" Parkes", "a \"b\" at c")]
    [InlineData("attmail!jdoe", "FERGUSON")]
    [InlineData("c=US;a=ATTMAIL;p=ACME", "FERGUSON")]
    public void FormatNativeReadsBackAsTheSameNameAndPostOffice(string name, string postOffice)
    {
        var parsed = AddressParser.Parse(AddressFormatter.FormatNative(name, postOffice));

        Assert.Equal((AddressKind.CcMail, name, postOffice), (parsed.Kind, parsed.DisplayName, parsed.PostOffice));
    }

    [Theory]
    [InlineData(",User [SMTP:User@Domain.com] at site", "User [SMTP:User@Domain.com] at site")]
    [InlineData("  Smith,  Grover AT  FERGUSON ", "Smith,  Grover at FERGUSON")]
    [InlineData("[ smtp: pat@example.com ]", "[SMTP:pat@example.com]")]
    [InlineData("\"Smith\" at \"FERGUSON\"", "Smith at FERGUSON")]
    [InlineData("x400:/c=US/a=ATTMAIL/p=ACME/s=Doe/g=John", "X400:/c=US/a=ATTMAIL/p=ACME/s=Doe/g=John")]
    [InlineData("Smith \"Grover at FERGUSON", "\"Smith \"\"Grover\" at FERGUSON")]
    public void FormattingNormalisesTheRawText(string text, string expected) =>
        Assert.Equal(expected, AddressFormatter.Format(AddressParser.Parse(text)));

    [Fact]
    public void ANameAloneIsWrittenAloneEvenWhenResolvedToTheDefaultPostOffice()
    {
        var parsed = AddressParser.Parse("Smith, Grover", new AddressParserOptions { DefaultPostOffice = "FERGUSON" });

        Assert.Equal("Smith, Grover", AddressFormatter.Format(parsed));
    }
}
