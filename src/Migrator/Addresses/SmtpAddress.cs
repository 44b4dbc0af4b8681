using MimeKit;

namespace MailMig.Fidelity.Migrator.Addresses;

/// <summary>Decides whether text is an Internet addr-spec that can travel as it is.</summary>
public static class SmtpAddress
{
    private static readonly ParserOptions Strict = new() { AddressParserComplianceMode = RfcComplianceMode.Strict, AllowAddressesWithoutDomain = false };

    /// <summary>Whether <paramref name="text"/> is a printable-ASCII <c>local@domain</c> that MIME parsing gives back unchanged.</summary>
    public static bool IsValid(string text)
    {
        if (text.Length == 0 || text.Any(c => c <= ' ' || c >= 0x7F))
        {
            return false;
        }

        var at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1)
        {
            return false;
        }

        return MailboxAddress.TryParse(Strict, text, out var mailbox) && mailbox.Address == text && mailbox.Route.Count == 0 && string.IsNullOrEmpty(mailbox.Name);
    }
}
