using Bogus;
using MailMig.Fidelity.Generator.PostOffices;

namespace MailMig.Fidelity.Generator.Faults;

/// <summary>The post office while faults add what they need to it: its other post offices, remote users and extra directory entries.</summary>
/// <param name="faker">The post office's faker (draw only when the fault is present).</param>
/// <param name="otherPostOffices">The other post offices, the first one direct.</param>
/// <param name="remoteUsers">The users of other post offices, appended to in catalog order.</param>
/// <param name="unique">Makes a directory name unique among the names already taken.</param>
public sealed class PostOfficeDraft(Faker faker, IReadOnlyList<string> otherPostOffices, List<RemoteUser> remoteUsers, Func<string, string> unique)
{
    /// <summary>The post office's faker.</summary>
    public Faker Faker { get; } = faker;

    /// <summary>The other post offices, the first one direct, the rest indirect through it.</summary>
    public IReadOnlyList<string> OtherPostOffices { get; } = otherPostOffices;

    /// <summary>The users of other post offices.</summary>
    public List<RemoteUser> RemoteUsers { get; } = remoteUsers;

    /// <summary>Post offices only a fault adds: listed after the others, reached through the first; their users are no everyday correspondents.</summary>
    public List<string> ExtraPostOffices { get; } = [];

    /// <summary>Remote users only in the directory, never picked as everyday correspondents.</summary>
    public List<RemoteUser> DirectoryOnlyUsers { get; } = [];

    /// <summary>The name, or a variant of it no other directory entry has.</summary>
    public string Unique(string name) => unique(name);
}
