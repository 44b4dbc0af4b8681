using MailMig.Fidelity.CcMail.Addresses;

namespace MailMig.Fidelity.CcMail.Tests.Addresses;

public sealed class AddressParserTests
{
    /// <summary>Every row of <see cref="AddressCases"/> in every letter case.</summary>
    public static TheoryData<string, LetterCase> Rows()
    {
        var rows = new TheoryData<string, LetterCase>();
        foreach (var row in AddressCases.All)
        {
            foreach (var casing in Enum.GetValues<LetterCase>())
            {
                rows.Add(row.Id, casing);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void EveryFormParsesIntoItsPartsInEveryLetterCase(string id, LetterCase casing)
    {
        var row = AddressCases.Get(id).InCase(casing);

        var parsed = AddressParser.Parse(row.Input, row.Options);

        Assert.Equal(
            (row.Kind, row.Notation, row.Type, row.Address, row.DisplayName, row.PostOffice),
            (parsed.Kind, parsed.Notation, parsed.Type, parsed.Address, parsed.DisplayName, parsed.PostOffice));
        Assert.Equal(row.Codes ?? [], parsed.Diagnostics.Select(d => d.Code));
        Assert.Equal(row.Input, parsed.Raw);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void EveryFormReadsBackTheSameAfterFormatting(string id, LetterCase casing)
    {
        var row = AddressCases.Get(id).InCase(casing);
        var parsed = AddressParser.Parse(row.Input, row.Options);

        var again = AddressParser.Parse(AddressFormatter.Format(parsed), row.Options);

        Assert.Equal(Parts(parsed), Parts(again));
    }

    [Fact]
    public void TheTableCoversEveryKindAndNotationAndAllEightAttmailSpellings()
    {
        Assert.Equal(Enum.GetValues<AddressKind>().Order(), AddressCases.All.Select(c => c.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<AddressNotation>().Order(), AddressCases.All.Select(c => c.Notation).Distinct().Order());
        Assert.Equal(8, AddressCases.All.Count(c => c.Id.StartsWith("attmail-", StringComparison.Ordinal)));
        Assert.Equal(AddressCases.All.Count, AddressCases.All.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void TheLongRowIsOverTheKbLimit() =>
        Assert.True(AddressCases.Get("native-too-long").Input.Length > AddressParserOptions.Default.MaxLength);

    [Theory]
    [InlineData("Smith, Grover at FERGUSON", 0, AddressDiagnosticCodes.UnresolvedPostOffice)]
    [InlineData("  ,User [SMTP:User@Domain.com] at site", 2, AddressDiagnosticCodes.StrayComma)]
    [InlineData("Smith \"Grover at FERGUSON", 6, AddressDiagnosticCodes.UnbalancedQuote)]
    [InlineData(" Smith [Grover at FERGUSON", 7, AddressDiagnosticCodes.UnbalancedBracket)]
    [InlineData("\"\" at FERGUSON", 0, AddressDiagnosticCodes.EmptyName)]
    [InlineData("  [SMTP:] at SMTPLINK", 7, AddressDiagnosticCodes.EmptyAddress)]
    public void DiagnosticsPointAtTheCharacterInTheRawText(string text, long offset, string code)
    {
        // The first row has no diagnostic at its own; stripping the post office gives the name-only one.
        var input = code == AddressDiagnosticCodes.UnresolvedPostOffice ? "Smith, Grover" : text;

        var parsed = AddressParser.Parse(input);

        var diagnostic = Assert.Single(parsed.Diagnostics, d => d.Code == code);
        Assert.Equal(offset, diagnostic.Offset);
        Assert.Null(diagnostic.File);
    }

    [Fact]
    public void TooLongPointsAtTheFirstCharacterPastTheLimit()
    {
        var text = "  " + new string('x', 130) + " at PO";

        var diagnostic = Assert.Single(AddressParser.Parse(text).Diagnostics);

        Assert.Equal((AddressDiagnosticCodes.TooLong, 2L + 126), (diagnostic.Code, diagnostic.Offset));
    }

    [Fact]
    public void AMaxLengthOptionMovesTheLimit()
    {
        var options = new AddressParserOptions { MaxLength = 10 };

        Assert.Empty(AddressParser.Parse("Smith at PO", AddressParserOptions.Default).Diagnostics);
        Assert.Equal([AddressDiagnosticCodes.TooLong], AddressParser.Parse("Smith at PO", options).Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void TheLastAtSplitsWhenSeveralFollowOneAnother()
    {
        var parsed = AddressParser.Parse("x at at at PO");

        Assert.Equal(("x at at", "PO"), (parsed.DisplayName, parsed.PostOffice));
    }

    [Fact]
    public void AtInsideQuotesOrBracketsNeverSplits()
    {
        var quoted = AddressParser.Parse("\"Smith at Home\"");
        var bracketed = AddressParser.Parse("[X400:/o=Made at Home]");

        Assert.Equal((AddressNotation.NameOnly, "Smith at Home"), (quoted.Notation, quoted.DisplayName));
        Assert.Equal((AddressNotation.Bracketed, "/o=Made at Home", (string?)null), (bracketed.Notation, bracketed.Address, bracketed.PostOffice));
    }

    [Fact]
    public void AColonFollowedBySpaceIsPartOfAName()
    {
        var parsed = AddressParser.Parse("Re: budget at FERGUSON");

        Assert.Equal((AddressKind.CcMail, "Re: budget"), (parsed.Kind, parsed.DisplayName));
    }

    [Fact]
    public void AnyPostOfficeNamedAttmailMakesTheAddressAttmailWhateverCarriesIt()
    {
        var bracketed = AddressParser.Parse("Doe [SMTP:jdoe@example.com] at attmail");
        var typed = AddressParser.Parse("CCMAIL:jdoe at AttMail");

        Assert.Equal((AddressKind.Attmail, "SMTP"), (bracketed.Kind, bracketed.Type));
        Assert.Equal((AddressKind.Attmail, "CCMAIL", "jdoe at AttMail"), (typed.Kind, typed.Type, typed.Address));
    }

    [Fact]
    public void TheProxyIsTypeColonAddress() =>
        Assert.Equal("ATTMAIL:jdoe", AddressParser.Parse("jdoe at ATTMAIL").Proxy);

    [Fact]
    public void ANullTextIsReadAsEmpty()
    {
        var parsed = AddressParser.Parse(null!);

        Assert.Equal((AddressNotation.Unparsed, "", ""), (parsed.Notation, parsed.Raw, parsed.Type));
    }

    internal static (AddressKind, AddressNotation, string, string, string?, string?) Parts(CcAddress a) =>
        (a.Kind, a.Notation, a.Type, a.Address, a.DisplayName, a.PostOffice);
}
