using System.Text;
using MailMig.Fidelity.CcMail.Addresses;

namespace MailMig.Fidelity.Migrator.Addresses;

/*
 * docs/address-mapping.md is the contract. An SMTP address with a valid addr-spec travels as it is; every
 * other address keeps its source type and text as its proxy and travels IMCEA-encapsulated under the
 * organisation domain, so decoding the output gives back exactly (type, address). A native name with no
 * post office gets the mailbox's own (KB Q241553); the optional mapping table turns native users into SMTP.
 */

/// <summary>Maps parsed cc:Mail addresses to the addresses written in migrated messages.</summary>
public sealed class AddressMapper
{
    /// <summary>The type written for an address whose type the source does not name.</summary>
    public const string UnknownType = "UNKNOWN";

    /// <summary>Creates a mapper for <paramref name="orgDomain"/> that resolves names alone to <paramref name="homePostOffice"/>.</summary>
    public AddressMapper(string orgDomain, string? homePostOffice, AddressMappingTable? table = null)
    {
        OrgDomain = orgDomain;
        HomePostOffice = string.IsNullOrWhiteSpace(homePostOffice) ? null : homePostOffice;
        Table = table ?? AddressMappingTable.Empty;
    }

    /// <summary>The domain IMCEA addresses are written under.</summary>
    public string OrgDomain { get; }

    /// <summary>The post office a name alone belongs to, or null when unknown.</summary>
    public string? HomePostOffice { get; }

    /// <summary>The native-name-to-SMTP table in force.</summary>
    public AddressMappingTable Table { get; }

    /// <summary>The default organisation domain for <paramref name="postOffice"/>: <c>ferguson.ccmail.invalid</c> for <c>FERGUSON</c>.</summary>
    public static string DefaultOrgDomain(string? postOffice)
    {
        var label = new StringBuilder();
        foreach (var c in (postOffice ?? "").ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                label.Append(c);
            }
            else if (label.Length > 0 && label[^1] != '-')
            {
                label.Append('-');
            }
        }

        var text = label.ToString().Trim('-');
        if (text.Length > 63)
        {
            text = text[..63].TrimEnd('-');
        }

        return $"{(text.Length == 0 ? "postoffice" : text)}.ccmail.invalid";
    }

    /// <summary>The proxy type and text an output addr-spec carries: IMCEA decoded, or <c>SMTP</c> and the addr-spec itself.</summary>
    public static (string Type, string Address) Decode(string addrSpec) =>
        ImceaEncoding.TryDecode(addrSpec, out var type, out var address, out _) ? (type, address) : ("SMTP", addrSpec);

    /// <summary>Maps <paramref name="address"/> to its output form.</summary>
    public MappedAddress Map(CcAddress address)
    {
        var (type, text) = Proxy(address);
        if (type == "CCMAIL")
        {
            var name = address.DisplayName ?? (address.PostOffice is null ? address.Address : NameOf(address.Address));
            var smtp = Table.Find(name, address.PostOffice, HomePostOffice);
            if (smtp is not null)
            {
                return new MappedAddress(address.DisplayName, "SMTP", smtp, smtp);
            }
        }

        if (type == "SMTP" && SmtpAddress.IsValid(text))
        {
            return new MappedAddress(address.DisplayName, type, text, text);
        }

        return new MappedAddress(address.DisplayName, type, text, ImceaEncoding.Encode(type, text, OrgDomain));
    }

    /// <summary>The proxy (type, text) of <paramref name="address"/>, with a name alone completed by the home post office.</summary>
    public (string Type, string Address) Proxy(CcAddress address)
    {
        var type = address.Type.Length == 0 ? UnknownType : address.Type.ToUpperInvariant();
        var text = address.Address.Length == 0 && address.Type.Length == 0 ? address.Raw : address.Address;
        if (type == "CCMAIL" && address.PostOffice is null && HomePostOffice is not null && text.Length > 0)
        {
            text = $"{text} at {HomePostOffice}";
        }

        return (type, text);
    }

    private static string NameOf(string nativeAddress)
    {
        var at = nativeAddress.LastIndexOf(" at ", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? nativeAddress : nativeAddress[..at];
    }
}
