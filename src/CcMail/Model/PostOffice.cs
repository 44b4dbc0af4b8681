namespace MailMig.Fidelity.CcMail.Model;

/// <summary>A cc:Mail post office: its identity, its directory and its mailboxes.</summary>
public sealed class PostOffice
{
    /// <summary>The post office name, as addresses write it after " at ".</summary>
    public string Name { get; set; } = "";

    /// <summary>The OEM code page its text is stored in (437, 850 or 932).</summary>
    public int CodePage { get; set; } = 850;

    /// <summary>The IANA time zone its local times are in; exports carry no zone of their own.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>The post office directory: local users, other post offices, gateways and aliases.</summary>
    public List<DirectoryEntry> Directory { get; set; } = [];

    /// <summary>The mailboxes, in store order.</summary>
    public List<Mailbox> Mailboxes { get; set; } = [];
}
