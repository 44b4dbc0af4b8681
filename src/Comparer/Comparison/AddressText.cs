using MailMig.Fidelity.Comparer.Projection;
using MailMig.Fidelity.Comparer.Truth;
using MimeKit;

namespace MailMig.Fidelity.Comparer.Comparison;

/// <summary>Addresses of boards, contacts and groups as comparable text: <c>Display Name &lt;TYPE:address&gt;</c>, the output's addr-spec IMCEA-decoded.</summary>
internal static class AddressText
{
    /// <summary>The expected address as text, <c>(none)</c> when null.</summary>
    public static string Of(ManifestAddress? address) =>
        address is null ? "(none)" : Format(address.DisplayName, address.Type, address.Address);

    /// <summary>An output mailbox as text (display name and decoded addr-spec), <c>(none)</c> when null.</summary>
    public static string Of(MailboxAddress? address) =>
        address is null ? "(none)" : Format(address.Name is { Length: > 0 } n ? n : null, ImceaDecoder.Decode(address.Address));

    /// <summary>The type and address of <paramref name="addrSpec"/> (IMCEA-decoded) as text, <c>(empty)</c> when blank.</summary>
    public static string OfAddrSpec(string? addrSpec) =>
        string.IsNullOrWhiteSpace(addrSpec) ? "(empty)" : Format(null, ImceaDecoder.Decode(addrSpec));

    /// <summary>The type and address of <paramref name="address"/> alone (no display name), <c>(none)</c> when null.</summary>
    public static string ProxyOf(ManifestAddress? address) => address is null ? "(none)" : Format(null, address.Type, address.Address);

    /// <summary>A proxy's type and address (no display name) as text.</summary>
    public static string OfProxy(string type, string address) => Format(null, type, address);

    private static string Format(string? displayName, ImceaAddress decoded) => Format(displayName, decoded.Type, decoded.Address);

    private static string Format(string? displayName, string type, string address) =>
        (displayName is null ? "" : ProjectionWriter.Quote(displayName) + " ") + "<" + type.ToUpperInvariant() + ":" + address + ">";
}
