// Why: address-mapping.md turns a parsed cc:Mail address into the mailbox written in From, To,
// Cc, Bcc and Disposition-Notification-To: proxy first, then SMTP as it is or IMCEA.
using MailMig.Fidelity.CcMail.Addresses;
using MimeKit;

namespace MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Addresses;

/// <summary>Maps cc:Mail addresses to MIME mailboxes for one mailbox's post office and org domain.</summary>
public sealed class AddressMapper(string? postOffice, string orgDomain)
{
    private static readonly ParserOptions Strict = new() { AddressParserComplianceMode = RfcComplianceMode.Strict, AllowAddressesWithoutDomain = false };

    /// <summary>The MIME mailbox of <paramref name="address"/>.</summary>
    public MailboxAddress Map(CcAddress address)
    {
        var (type, text) = Proxy(address);
        var addrSpec = type == "SMTP" && IsValidAddrSpec(text) ? text : Imcea.Encapsulate(type, text, orgDomain);
        var name = string.IsNullOrEmpty(address.DisplayName) ? null : address.DisplayName;
        return new MailboxAddress(name, addrSpec);
    }

    /// <summary>The proxy (type, address) with the two completions of address-mapping.md.</summary>
    public (string Type, string Address) Proxy(CcAddress address)
    {
        if (address.Type.Length == 0)
        {
            return ("UNKNOWN", address.Address.Length > 0 ? address.Address : address.Raw);
        }

        var type = address.Type.ToUpperInvariant();
        var needsPostOffice = type == "CCMAIL" && address.Notation == AddressNotation.NameOnly && address.PostOffice is null
            && !string.IsNullOrEmpty(postOffice) && address.Address.Length > 0;
        return (type, needsPostOffice ? address.Address + " at " + postOffice : address.Address);
    }

    private static bool IsValidAddrSpec(string text)
    {
        if (text.Length == 0 || text.Any(c => c < 0x21 || c > 0x7E) || !text.Contains('@'))
        {
            return false;
        }

        return MailboxAddress.TryParse(Strict, text, out var parsed) && parsed.Address == text && parsed.Name is null or "";
    }
}
