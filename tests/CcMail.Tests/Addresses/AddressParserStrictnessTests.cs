using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Diagnostics;

namespace MailMig.Fidelity.CcMail.Tests.Addresses;

public sealed class AddressParserStrictnessTests
{
    private static readonly string TooLong = new string('x', 127) + " at FERGUSON";

    [Fact]
    public void LenientReadsAStrayCommaAsMeantWithAWarning()
    {
        var parsed = AddressParser.Parse(",User [SMTP:User@Domain.com] at site");

        Assert.Equal((AddressKind.Smtp, "User", "User@Domain.com"), (parsed.Kind, parsed.DisplayName, parsed.Address));
        Assert.Equal((DiagnosticSeverity.Warning, AddressDiagnosticCodes.StrayComma), Only(parsed));
    }

    [Fact]
    public void LenientKeepsTheTextOfAnUnbalancedQuoteWithAWarning()
    {
        var parsed = AddressParser.Parse("Smith, \"Grover at FERGUSON");

        Assert.Equal((AddressKind.CcMail, "Smith, \"Grover", "FERGUSON"), (parsed.Kind, parsed.DisplayName, parsed.PostOffice));
        Assert.Equal((DiagnosticSeverity.Warning, AddressDiagnosticCodes.UnbalancedQuote), Only(parsed));
    }

    [Fact]
    public void LenientReadsAnOverlongAddressWithAWarning()
    {
        var parsed = AddressParser.Parse(TooLong);

        Assert.Equal((AddressKind.CcMail, "FERGUSON"), (parsed.Kind, parsed.PostOffice));
        Assert.Equal((DiagnosticSeverity.Warning, AddressDiagnosticCodes.TooLong), Only(parsed));
    }

    [Theory]
    [InlineData(",User [SMTP:User@Domain.com] at site", AddressDiagnosticCodes.StrayComma)]
    [InlineData("Smith, \"Grover at FERGUSON", AddressDiagnosticCodes.UnbalancedQuote)]
    [InlineData("Smith [Grover at FERGUSON", AddressDiagnosticCodes.UnbalancedBracket)]
    [InlineData("\"\" at FERGUSON", AddressDiagnosticCodes.EmptyName)]
    [InlineData("[SMTP:] at SMTPLINK", AddressDiagnosticCodes.EmptyAddress)]
    public void StrictRejectsQuestionableInputAsUnknownWithAnError(string text, string code)
    {
        var parsed = AddressParser.Parse("  " + text + " ", AddressParserOptions.Strict);

        Assert.Equal((AddressKind.Unknown, AddressNotation.Unparsed, "", text, (string?)null, (string?)null),
            AddressParserTests.Parts(parsed));
        Assert.Equal((DiagnosticSeverity.Error, code), Only(parsed));
    }

    [Fact]
    public void StrictRejectsAnOverlongAddress()
    {
        var parsed = AddressParser.Parse(TooLong, AddressParserOptions.Strict);

        Assert.Equal((AddressKind.Unknown, AddressNotation.Unparsed, TooLong), (parsed.Kind, parsed.Notation, parsed.Address));
        Assert.Equal((DiagnosticSeverity.Error, AddressDiagnosticCodes.TooLong), Only(parsed));
    }

    [Theory]
    [InlineData("Smith, Grover at FERGUSON")]
    [InlineData("Parkes, Pat [SMTP:pat@example.com] at SMTPLINK")]
    [InlineData("\"Made at Home, Inc\" at \"Main, PO\"")]
    [InlineData("c=US;a=ATTMAIL;p=ACME;s=Doe;g=John")]
    public void StrictReadsCleanInputExactlyAsLenientDoes(string text) =>
        Assert.Equal(AddressParser.Parse(text), AddressParser.Parse(text, AddressParserOptions.Strict));

    [Fact]
    public void AMissingPostOfficeIsNotQuestionableEvenWhenStrict()
    {
        var parsed = AddressParser.Parse("Smith, Grover", AddressParserOptions.Strict);

        Assert.Equal((AddressKind.CcMail, AddressNotation.NameOnly), (parsed.Kind, parsed.Notation));
        Assert.Equal((DiagnosticSeverity.Warning, AddressDiagnosticCodes.UnresolvedPostOffice), Only(parsed));
    }

    [Fact]
    public void ARejectedAddressFormatsToTextThatIsRejectedAgain()
    {
        var rejected = AddressParser.Parse(" ,User [SMTP:User@Domain.com] at site", AddressParserOptions.Strict);

        var again = AddressParser.Parse(AddressFormatter.Format(rejected), AddressParserOptions.Strict);

        Assert.Equal(AddressParserTests.Parts(rejected), AddressParserTests.Parts(again));
    }

    private static (DiagnosticSeverity, string) Only(CcAddress parsed)
    {
        var diagnostic = Assert.Single(parsed.Diagnostics);
        return (diagnostic.Severity, diagnostic.Code);
    }
}
