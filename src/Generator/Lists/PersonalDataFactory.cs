using Bogus;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;
using MailMig.Fidelity.Generator.Addresses;
using MailMig.Fidelity.Generator.Content;
using MailMig.Fidelity.Generator.Faults;
using MailMig.Fidelity.Generator.Generation;
using MailMig.Fidelity.Generator.PostOffices;
using MailMig.Fidelity.Generator.Randomness;

namespace MailMig.Fidelity.Generator.Lists;

/*
 * Bulletin boards, personal mailing lists and address books, generated only when a run asks for them
 * (GeneratorOptions.PersonalData, or a selected fault that needs them), so every other post office keeps
 * its bytes. Proportions, the same for every profile (docs/generator.md): 1 + users/10 boards (at most
 * 12) of 2-5 messages each; 40% of users keep a mailing list of 2-5 members; 60% an address book of
 * 1-4 entries. Every draw is keyed by what it is about (SeedStream.PersonalData, part, number), and the
 * faults are applied afterwards in catalog order, each with its own derived Randomizer.
 */

/// <summary>Generates a post office's bulletin boards, personal mailing lists and address books, with the selected faults applied.</summary>
public static class PersonalDataFactory
{
    private static readonly string[] BoardNames =
        ["General", "Announcements", "For Sale", "IT Notices", "Cafeteria Menu", "Job Postings", "Car Pool", "Benefits", "Safety", "Travel", "Social Club", "Help Desk"];

    private static readonly string[] ListNames = ["Team", "Project group", "Managers", "Lunch crowd", "Softball", "Customers"];

    /// <summary>The post office's personal data and the faults applied to it, or null when the run does not generate any.</summary>
    public static PersonalDataDraft? Create(GenerationSettings settings, GeneratedPostOffice postOffice, ZoneCalendar calendar)
    {
        if (!settings.PersonalData)
        {
            return null;
        }

        var seed = settings.Seed;
        var draft = new PersonalDataDraft(new PersonalData(), postOffice, calendar, new Randomizer(SeedMixer.Derive(seed, SeedStream.PersonalData, 0)));
        AddBoards(draft, seed);
        foreach (var user in postOffice.Users)
        {
            AddList(draft, seed, user);
            AddBook(draft, seed, user);
        }

        foreach (var fault in settings.Faults.Faults)
        {
            draft.Random = new Randomizer(SeedMixer.Derive(seed, SeedStream.PersonalData, 100, fault.Bit));
            fault.Type.ShapePersonalData(draft);
        }

        return draft;
    }

    /// <summary>An ordinary board message's local date: a random office-hours time in the generated years.</summary>
    public static DateTime RandomLocal(ZoneCalendar calendar, Randomizer random) =>
        calendar.Unambiguous(calendar.Start.AddDays(random.Int(0, (calendar.End - calendar.Start).Days - 1)).AddMinutes(7 * 60 + random.Int(0, 12 * 60 - 1)));

    private static void AddBoards(PersonalDataDraft draft, int seed)
    {
        var users = draft.PostOffice.Users;
        var count = Math.Min(BoardNames.Length, 1 + users.Count / 10);
        for (var b = 0; b < count; b++)
        {
            var random = new Randomizer(SeedMixer.Derive(seed, SeedStream.PersonalData, 1, b));
            var board = draft.AddBoard(BoardNames[b]);
            var messages = random.Int(2, 5);
            for (var m = 0; m < messages; m++)
            {
                var local = RandomLocal(draft.Calendar, random);
                var author = random.ListItem(users.ToList());
                draft.AddBoardMessage(board, local, CcDateParser.Format(local), random.ArrayElement(Pools.Topics),
                    author.Address, $"Posted by {author.FirstName} for everyone.\r\nPlease read before {random.ArrayElement(Pools.Weekdays)}.\r\n");
            }
        }
    }

    private static void AddList(PersonalDataDraft draft, int seed, LocalUser owner)
    {
        var random = new Randomizer(SeedMixer.Derive(seed, SeedStream.PersonalData, 2, owner.Index));
        if (random.Double() >= 0.4)
        {
            return;
        }

        var members = Enumerable.Range(0, random.Int(2, 5)).Select(_ => Member(draft, random)).DistinctBy(a => a.Raw).ToList();
        draft.AddList(owner, random.ArrayElement(ListNames), members);
    }

    private static void AddBook(PersonalDataDraft draft, int seed, LocalUser owner)
    {
        var random = new Randomizer(SeedMixer.Derive(seed, SeedStream.PersonalData, 3, owner.Index));
        if (random.Double() >= 0.6)
        {
            return;
        }

        var book = draft.Data.AddressBooks[draft.BookOf(owner)];
        for (var i = random.Int(1, 4); i > 0; i--)
        {
            var address = Member(draft, random);
            book.Entries.Add(new AddressBookEntry { Name = address.DisplayName ?? address.Address, Address = address, Comment = random.Bool(0.3f) ? "met at the fair" : null });
        }
    }

    // A member or entry: a user of this post office or of another one, always written "Name at PO".
    private static CcAddress Member(PersonalDataDraft draft, Randomizer random)
    {
        var remote = draft.PostOffice.RemoteUsers;
        if (remote.Count > 0 && random.Bool(0.4f))
        {
            var user = random.ListItem(remote.ToList());
            return AddressFactory.Native(user.Name, user.PostOffice);
        }

        return random.ListItem(draft.PostOffice.Users.ToList()).Address;
    }
}
