using MimeKit;

namespace MailMig.Fidelity.Migrator.Addresses;

/// <summary>A source address as it travels in the output: its proxy (type and text) and the RFC 5322 addr-spec that carries it.</summary>
/// <param name="DisplayName">The display name to show, or null when the source has none.</param>
/// <param name="Type">The proxy type: <c>SMTP</c> for an Internet address, otherwise the source type (<c>CCMAIL</c>, <c>ATTMAIL</c>, <c>X400</c>...).</param>
/// <param name="Address">The proxy text (for SMTP the addr-spec itself).</param>
/// <param name="AddrSpec">The addr-spec written in MIME headers: the SMTP address or the IMCEA encapsulation.</param>
public sealed record MappedAddress(string? DisplayName, string Type, string Address, string AddrSpec)
{
    /// <summary>Whether the address travels as a plain Internet address (not IMCEA-encapsulated).</summary>
    public bool IsSmtp => AddrSpec == Address && Type == "SMTP";

    /// <summary>The proxy form <c>TYPE:address</c>.</summary>
    public string Proxy => $"{Type}:{Address}";

    /// <summary>The MimeKit mailbox for headers.</summary>
    public MailboxAddress ToMailboxAddress() => new(System.Text.Encoding.UTF8, DisplayName ?? "", AddrSpec);
}
