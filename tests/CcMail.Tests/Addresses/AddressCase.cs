using MailMig.Fidelity.CcMail.Addresses;

namespace MailMig.Fidelity.CcMail.Tests.Addresses;

/// <summary>One row of the address table: an input, the options it is parsed under, and the parts it must give.</summary>
/// <remarks>
/// <c>{at}</c> in <see cref="Address"/> stands for the " at " the parser writes between a name and its post office
/// in lower case whatever the input's case; everything else is cased like the input.
/// </remarks>
public sealed record AddressCase(
    string Id,
    string Input,
    AddressKind Kind,
    AddressNotation Notation,
    string Type,
    string Address,
    string? DisplayName = null,
    string? PostOffice = null,
    string[]? Codes = null,
    string? DefaultPostOffice = null,
    string[]? Gateways = null)
{
    /// <summary>The same row with input, expected text and options in letter case <paramref name="casing"/>.</summary>
    public AddressCase InCase(LetterCase casing)
    {
        string Cased(string text) => AttmailSpellings.ApplyCase(text, casing);
        string? CasedOrNull(string? text) => text is null ? null : Cased(text);
        return this with
        {
            Input = Cased(Input),
            Address = string.Join(" at ", Address.Split("{at}").Select(Cased)),
            DisplayName = CasedOrNull(DisplayName),
            PostOffice = CasedOrNull(PostOffice),
            DefaultPostOffice = CasedOrNull(DefaultPostOffice),
            Gateways = Gateways?.Select(Cased).ToArray(),
        };
    }

    /// <summary>The parser options the row asks for.</summary>
    public AddressParserOptions Options => new()
    {
        DefaultPostOffice = DefaultPostOffice,
        Gateways = new HashSet<string>(Gateways ?? [], StringComparer.OrdinalIgnoreCase),
    };

    /// <inheritdoc/>
    public override string ToString() => Id;
}
