using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.Generator.PostOffices;

/// <summary>The generated post office's identity, users and directory: everything but the messages.</summary>
public sealed class GeneratedPostOffice
{
    /// <summary>The post office name.</summary>
    public required string Name { get; init; }

    /// <summary>The OEM code page (437, 850 or 932).</summary>
    public required int CodePage { get; init; }

    /// <summary>The IANA time zone id of local times.</summary>
    public required string TimeZoneId { get; init; }

    /// <summary>The time zone, resolved from <see cref="TimeZoneId"/>.</summary>
    public required TimeZoneInfo TimeZone { get; init; }

    /// <summary>The local users, one mailbox each, in store order.</summary>
    public required IReadOnlyList<LocalUser> Users { get; init; }

    /// <summary>Users of other post offices.</summary>
    public required IReadOnlyList<RemoteUser> RemoteUsers { get; init; }

    /// <summary>Remote users only in the directory, added by faults and never picked as everyday correspondents, or empty.</summary>
    public required IReadOnlyList<RemoteUser> DirectoryOnlyUsers { get; init; }

    /// <summary>Post offices only faults add (listed after the others); their users are no everyday correspondents. Empty when none.</summary>
    public required IReadOnlyList<string> ExtraPostOffices { get; init; }

    /// <summary>The directory in store order.</summary>
    public required IReadOnlyList<DirectoryEntry> Directory { get; init; }

    /// <summary>Whether the code page is the Japanese double-byte one.</summary>
    public bool IsDbcs => CodePage == 932;
}
