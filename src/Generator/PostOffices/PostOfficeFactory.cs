using Bogus;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;
using MailMig.Fidelity.Generator.Addresses;
using MailMig.Fidelity.Generator.Content;
using MailMig.Fidelity.Generator.Faults;
using MailMig.Fidelity.Generator.Randomness;

namespace MailMig.Fidelity.Generator.PostOffices;

/// <summary>Creates the post office, its users and its directory from the run seed.</summary>
public static class PostOfficeFactory
{
    private static readonly (int CodePage, string[] Zones)[] ZonesByCodePage =
    [
        (437, ["America/New_York", "America/Chicago", "America/Los_Angeles"]),
        (850, ["America/New_York", "Europe/Berlin", "Europe/Paris", "Europe/London"]),
        (932, ["Asia/Tokyo"]),
    ];

    /// <summary>The time zones a post office of <paramref name="codePage"/> is given when none is named.</summary>
    public static IReadOnlyList<string> ZonesFor(int codePage) => ZonesByCodePage.First(z => z.CodePage == codePage).Zones;

    /// <summary>Creates the post office for <paramref name="seed"/> with <paramref name="users"/> users; the fault types of <paramref name="faults"/> add what they need.</summary>
    public static GeneratedPostOffice Create(int seed, int users, int codePage, string timeZoneId, FaultSet faults)
    {
        var faker = new Faker("en") { Random = new Randomizer(SeedMixer.Derive(seed, SeedStream.PostOffice)) };
        var random = faker.Random;
        var name = random.ArrayElement(codePage == 932 ? Pools.JapanesePostOfficeNames : Pools.PostOfficeNames);
        var taken = new HashSet<string>(FaultCatalog.Types.SelectMany(t => t.ReservedNames), StringComparer.OrdinalIgnoreCase);
        var localUsers = LocalUsers(faker, users, codePage, name, taken);

        var others = random.Shuffle(Pools.OtherPostOffices).Take(random.Int(3, 5)).ToArray();
        var remote = new List<RemoteUser>();
        foreach (var po in others)
        {
            for (var i = random.Int(3, 6); i > 0; i--)
            {
                remote.Add(new RemoteUser(Unique($"{faker.Name.LastName()}, {faker.Name.FirstName()}", taken, random), po));
            }
        }

        var draft = new PostOfficeDraft(faker, others, remote, n => Unique(n, taken, random));
        foreach (var fault in faults.Types)
        {
            fault.ShapePostOffice(draft);
        }

        return new GeneratedPostOffice
        {
            Name = name, CodePage = codePage, TimeZoneId = timeZoneId, TimeZone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId),
            Users = localUsers, RemoteUsers = remote, DirectoryOnlyUsers = draft.DirectoryOnlyUsers, ExtraPostOffices = draft.ExtraPostOffices,
            Directory = BuildDirectory(name, localUsers, draft),
        };
    }

    private static List<LocalUser> LocalUsers(Faker faker, int users, int codePage, string postOffice, HashSet<string> taken)
    {
        var random = faker.Random;
        var encoding = CodePages.GetStrict(codePage);
        var accented = Pools.AccentedNames.Where(n => Encodable(encoding, n.Last + n.First)).ToArray();
        var localUsers = new List<LocalUser>(users);
        for (var i = 0; i < users; i++)
        {
            var (last, first) = PickName(faker, codePage, accented);
            var fullName = Unique($"{last}, {first}", taken, random);
            var userFolders = PickFolders(random, codePage);
            var folders = SystemFolders.All.Concat(userFolders).ToArray();
            localUsers.Add(new LocalUser(i, fullName, first, AddressFactory.Native(fullName, postOffice), folders, userFolders));
        }

        return localUsers;
    }

    // Store order: local users, the alias, other post offices, those faults add, gateways, remote users.
    private static List<DirectoryEntry> BuildDirectory(string name, List<LocalUser> localUsers, PostOfficeDraft draft)
    {
        var others = draft.OtherPostOffices;
        var directory = new List<DirectoryEntry>();
        directory.AddRange(localUsers.Select(u => new DirectoryEntry { Name = u.Name, TypeCode = DirectoryEntryTypes.LocalUser, Address = name }));
        if (localUsers.Count > 0)
        {
            directory.Add(new DirectoryEntry
            {
                Name = "Help Desk", TypeCode = DirectoryEntryTypes.Alias, Address = localUsers[0].Address.Raw, Comment = "Alias",
            });
        }

        for (var i = 0; i < others.Count; i++)
        {
            directory.Add(new DirectoryEntry
            {
                Name = others[i], TypeCode = i == 0 ? DirectoryEntryTypes.DirectPostOffice : DirectoryEntryTypes.IndirectPostOffice,
                Address = i == 0 ? others[i] : others[0], Comment = "Post office",
            });
        }

        directory.AddRange(draft.ExtraPostOffices.Select(po => new DirectoryEntry
        {
            Name = po, TypeCode = DirectoryEntryTypes.IndirectPostOffice, Address = others[0], Comment = "Post office",
        }));
        directory.AddRange(Gateways.All.Select(g => new DirectoryEntry
        {
            Name = g.Name, TypeCode = DirectoryEntryTypes.DirectPostOffice, Address = g.Name, Comment = g.Comment,
        }));
        directory.AddRange(draft.RemoteUsers.Concat(draft.DirectoryOnlyUsers).Select(u => new DirectoryEntry
        {
            Name = u.Name, TypeCode = DirectoryEntryTypes.RemoteLocalUser, Address = u.PostOffice,
        }));
        return directory;
    }

    private static (string Last, string First) PickName(Faker faker, int codePage, (string Last, string First)[] accented)
    {
        var random = faker.Random;
        if (codePage == 932 && random.Double() < 0.85)
        {
            return (random.ArrayElement(Pools.JapaneseLastNames), random.ArrayElement(Pools.JapaneseFirstNames));
        }

        var roll = random.Double();
        if (roll < 0.12 && accented.Length > 0)
        {
            return random.ArrayElement(accented);
        }

        var last = faker.Name.LastName();
        var first = faker.Name.FirstName();
        return roll switch
        {
            < 0.17 => (last, $"{first} {(char)('A' + random.Int(0, 25))}."),
            < 0.19 => (last, $"{first} \"{first[..Math.Min(3, first.Length)]}\""),
            _ => (last, first),
        };
    }

    private static string Unique(string name, HashSet<string> taken, Randomizer random)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = n < 20 ? $"{name} {(char)('A' + random.Int(0, 25))}." : $"{name} {n}";
        }

        return candidate;
    }

    private static string[] PickFolders(Randomizer random, int codePage)
    {
        string[] tops = codePage == 932 ? ["プロジェクト", "報告書", "個人"] : ["Projects", "Customers", "Personal", "Archive", "Reports"];
        string[] children = codePage == 932 ? ["1998年", "重要"] : ["1998", "1999", "ACME", "Old"];
        var folders = new List<string>();
        foreach (var top in random.Shuffle(tops).Take(random.Int(1, 3)))
        {
            folders.Add(top);
            if (random.Bool(0.4f))
            {
                folders.Add(top + SystemFolders.Separator + random.ArrayElement(children));
            }
        }

        return [.. folders];
    }

    private static bool Encodable(System.Text.Encoding encoding, string text)
    {
        try
        {
            encoding.GetByteCount(text);
            return true;
        }
        catch (System.Text.EncoderFallbackException)
        {
            return false;
        }
    }
}
