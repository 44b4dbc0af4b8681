using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.Generator.Addresses;
using MailMig.Fidelity.Generator.Tests.Support;

namespace MailMig.Fidelity.Generator.Tests.Addresses;

public sealed class AddressFactoryTests
{
    [Theory]
    [InlineData("minimal", 850)]
    [InlineData("minimal", 932)]
    [InlineData("q197114", 437)]
    [InlineData("realistic", 850)]
    public void EveryGeneratedAddressMeansWhatTheGeneratorExpectsWhenTheGrammarReadsIt(string profile, int codePage)
    {
        var session = Sessions.Create(profile, codePage: codePage, messages: profile == "realistic" ? 300 : null);
        var options = Sessions.ParserOptions(session);
        var checkedCount = 0;
        foreach (var (_, copy) in Sessions.All(session))
        {
            foreach (var address in Sessions.Addresses(copy.Build.Message))
            {
                var parsed = AddressParser.Parse(address.Raw, options);
                Assert.True(
                    (address.Type, address.Address, address.DisplayName) == (parsed.Type, parsed.Address, parsed.DisplayName),
                    $"'{address.Raw}': generator expects {address.Type}:{address.Address} ({address.DisplayName ?? "no name"}), "
                    + $"the grammar reads {parsed.Type}:{parsed.Address} ({parsed.DisplayName ?? "no name"})");
                Assert.True(address.Kind == parsed.Kind, $"'{address.Raw}': kind {address.Kind} expected, {parsed.Kind} read");
                checkedCount++;
            }
        }

        Assert.True(checkedCount > 100, $"only {checkedCount} addresses checked");
    }

    [Fact]
    public void AQuoteInANameIsDoubledInsideQuotesAndTheProxyHasOneQuote()
    {
        var address = AddressFactory.Native("Smith, Robert \"Bob\"", "BOSTON");
        Assert.Equal("\"Smith, Robert \"\"Bob\"\"\" at BOSTON", address.Raw);
        Assert.Equal("Smith, Robert \"Bob\" at BOSTON", address.Address);
    }

    [Theory]
    [InlineData(AttmailForm.AtGateway, TextCase.Lower, "jdoe at attmail", "ATTMAIL", "jdoe")]
    [InlineData(AttmailForm.TypedBang, TextCase.Upper, "ATTMAIL:!JDOE", "ATTMAIL", "!JDOE")]
    [InlineData(AttmailForm.BangPath, TextCase.Lower, "attmail!jdoe", "ATTMAIL", "attmail!jdoe")]
    [InlineData(AttmailForm.BracketedSmtpBang, TextCase.Mixed, "[SmTp:AtTmAiL!jDoE]", "SMTP", "AtTmAiL!jDoE")]
    [InlineData(AttmailForm.X400Semicolon, TextCase.Lower, "c=us;a=attmail;p=acme;s=doe;g=john", "X400", "c=us;a=attmail;p=acme;s=doe;g=john")]
    public void AttmailFormsKeepTheirTypeAndTheirTextAsWritten(AttmailForm form, TextCase textCase, string raw, string type, string text)
    {
        var address = AddressFactory.Attmail(form, textCase, "jdoe", "ACME", "Doe", "John");
        Assert.Equal((raw, type, text, AddressKind.Attmail), (address.Raw, address.Type, address.Address, address.Kind));
    }
}
