using CsCheck;
using MailMig.Fidelity.CcMail.Addresses;

namespace MailMig.Fidelity.CcMail.Tests.Addresses;

public sealed class AddressParserPropertyTests
{
    // Options are part of the input so that each sample is replayable from CsCheck's printed seed.
    private static readonly Gen<AddressParserOptions> Options = Gen.OneOf(
        Gen.Const(AddressParserOptions.Default),
        Gen.Const(new AddressParserOptions { DefaultPostOffice = "FERGUSON" }),
        Gen.Const(new AddressParserOptions { Gateways = new HashSet<string>(["FAXGATE", "x"], StringComparer.OrdinalIgnoreCase) }));

    [Fact]
    public void AnyTextParsesWithoutThrowingIntoBoundedOutputThatFormatsBackToItself() =>
        Gen.Select(AddressGen.Any, Options).Sample((text, options) =>
        {
            var lenient = AddressParser.Parse(text, options);
            var strict = AddressParser.Parse(text, options with { Compliance = ParserCompliance.Strict });

            AssertBounded(text, options, lenient);
            AssertBounded(text, options, strict);
            if (IsEscapable(lenient))
            {
                AssertReadsBack(lenient, options);
            }

            if (!strict.Equals(lenient))
            {
                // Strict either agrees with lenient or rejects, and what it rejects it rejects again once formatted.
                Assert.Equal(AddressNotation.Unparsed, strict.Notation);
                AssertReadsBack(strict, options with { Compliance = ParserCompliance.Strict });
            }
        }, iter: 12_000, print: Print);

    [Fact]
    public void EveryValidAddressReadsBackTheSameAfterFormatting() =>
        Gen.Select(AddressGen.Valid, Options).Sample((text, options) =>
        {
            var parsed = AddressParser.Parse(text, options);

            Assert.NotEqual(AddressNotation.Unparsed, parsed.Notation);
            AssertReadsBack(parsed, options);
        }, iter: 10_000, print: Print);

    [Fact]
    public void FormatNativeAlwaysReadsBackAsTheNameAndPostOfficeItWasGiven() =>
        AddressGen.Native.Sample(native =>
        {
            var parsed = AddressParser.Parse(native.Text);

            Assert.Equal((AddressKind.CcMail, AddressNotation.AtPostOffice, native.Name, native.PostOffice),
                (parsed.Kind, parsed.Notation, parsed.DisplayName, parsed.PostOffice));
        }, iter: 10_000);

    [Theory]
    [InlineData("\"")]
    [InlineData(" at ")]
    [InlineData("[")]
    [InlineData(",")]
    [InlineData("\0")]
    [InlineData("a")]
    public void AMegabyteOfOneTroublesomePieceParsesWithoutThrowing(string piece)
    {
        var text = string.Concat(Enumerable.Repeat(piece, 1_000_000 / piece.Length));

        var parsed = AddressParser.Parse(text);

        Assert.Equal(text, parsed.Raw);
        Assert.Contains(parsed.Diagnostics, d => d.Code == AddressDiagnosticCodes.TooLong);
    }

    private static void AssertBounded(string text, AddressParserOptions options, CcAddress parsed)
    {
        var home = options.DefaultPostOffice?.Length ?? 0;
        Assert.Same(text, parsed.Raw);
        Assert.Equal(parsed.Type.ToUpperInvariant(), parsed.Type);
        Assert.InRange(parsed.Type.Length, 0, Math.Max(text.Length, "ATTMAIL".Length));
        Assert.InRange(parsed.Address.Length, 0, text.Length + " at ".Length + home);
        Assert.InRange(parsed.DisplayName?.Length ?? 0, 0, text.Length);
        Assert.InRange(parsed.PostOffice?.Length ?? 0, 0, Math.Max(text.Length, home));
        Assert.InRange(parsed.Diagnostics.Count, text.Trim().Length == 0 ? 1 : 0, 8);
        Assert.All(parsed.Diagnostics, d => Assert.InRange(d.Offset, 0, text.Length));
    }

    private static void AssertReadsBack(CcAddress parsed, AddressParserOptions options)
    {
        var formatted = AddressFormatter.Format(parsed);
        var again = AddressParser.Parse(formatted, options);
        Assert.True(AddressParserTests.Parts(parsed) == AddressParserTests.Parts(again),
            Shorten($"Formatted as [{formatted}]: {AddressParserTests.Parts(parsed)} read back as {AddressParserTests.Parts(again)}"));
    }

    // A foreign address is written as it is (TYPE:x, [TYPE:x], x@y, a!b, c=US;...): the grammar has no way to escape a
    // double quote or the word "at" in it, so such an address may read back differently (docs/formats/addresses.md, "Limits").
    private static bool IsEscapable(CcAddress parsed)
    {
        var foreign = parsed.Notation is AddressNotation.Typed or AddressNotation.Bracketed or AddressNotation.Bare
            || (parsed.Notation == AddressNotation.AtPostOffice && parsed.Type != "CCMAIL" && AddressForms.IsForeign(parsed.Address));
        return !foreign || (parsed.Type == "CCMAIL" && parsed.Notation == AddressNotation.Typed)
            || (!parsed.Address.Contains('"') && !AddressForms.ContainsAtWord(parsed.Address));
    }

    private static string Print((string Text, AddressParserOptions Options) sample) =>
        Shorten($"[{sample.Text}] ({sample.Text.Length} chars) home={sample.Options.DefaultPostOffice} gateways={string.Join(",", sample.Options.Gateways)}");

    private static string Shorten(string text) => text.Length <= 600 ? text : text[..300] + " ... " + text[^300..];
}
