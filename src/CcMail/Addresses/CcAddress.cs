using MailMig.Fidelity.CcMail.Diagnostics;

namespace MailMig.Fidelity.CcMail.Addresses;

/// <summary>A parsed cc:Mail address: what it is, its parts, and the raw text it came from.</summary>
/// <remarks>
/// <see cref="Type"/> and <see cref="Address"/> together are the Exchange proxy (<c>TYPE:address</c>):
/// native <c>Smith, Grover at FERGUSON</c> is <c>CCMAIL</c> / <c>Smith, Grover at FERGUSON</c>;
/// <c>jdoe at ATTMAIL</c> is <c>ATTMAIL</c> / <c>jdoe</c>; <c>[SMTP:attmail!jdoe]</c> is <c>SMTP</c> / <c>attmail!jdoe</c>
/// with kind <see cref="AddressKind.Attmail"/>. docs/formats/addresses.md has the grammar and every form;
/// docs/address-mapping.md has the full table.
/// </remarks>
public sealed record CcAddress
{
    /// <summary>The text exactly as written in the source (after unfolding and decoding).</summary>
    public string Raw { get; init; } = "";

    /// <summary>What the address is.</summary>
    public AddressKind Kind { get; init; } = AddressKind.Unknown;

    /// <summary>How it was written.</summary>
    public AddressNotation Notation { get; init; } = AddressNotation.Unparsed;

    /// <summary>The proxy address type in upper case: CCMAIL, SMTP, X400, ATTMAIL, MS, or the type the text names.</summary>
    public string Type { get; init; } = "";

    /// <summary>The proxy address text, letter case as written.</summary>
    public string Address { get; init; } = "";

    /// <summary>The display name: the name part of a native address, the text before a bracket, or null.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The post office or gateway after the last <c>at</c>, unquoted, or null.</summary>
    public string? PostOffice { get; init; }

    /// <summary>What the parser found questionable in the text; offsets are character offsets into <see cref="Raw"/>.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The proxy form <c>TYPE:address</c>.</summary>
    public string Proxy => $"{Type}:{Address}";

    /// <summary>Equality on content only: diagnostics are not part of an address.</summary>
    public bool Equals(CcAddress? other) =>
        other is not null && Raw == other.Raw && Kind == other.Kind && Notation == other.Notation && Type == other.Type
        && Address == other.Address && DisplayName == other.DisplayName && PostOffice == other.PostOffice;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Raw, Kind, Notation, Type, Address, DisplayName, PostOffice);
}
