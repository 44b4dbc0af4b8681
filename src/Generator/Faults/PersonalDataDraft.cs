using Bogus;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Content;
using MailMig.Fidelity.Generator.PostOffices;

namespace MailMig.Fidelity.Generator.Faults;

/// <summary>The boards, lists and address books being generated, handed to each selected fault's <see cref="FaultType.ShapePersonalData"/>.</summary>
/// <param name="data">The entities generated so far.</param>
/// <param name="postOffice">The post office they belong to.</param>
/// <param name="calendar">The post office's calendar.</param>
/// <param name="random">The draws of the fault being applied (derived from the seed and the fault's position).</param>
public sealed class PersonalDataDraft(PersonalData data, GeneratedPostOffice postOffice, ZoneCalendar calendar, Randomizer random)
{
    /// <summary>The entities generated so far.</summary>
    public PersonalData Data { get; } = data;

    /// <summary>The post office.</summary>
    public GeneratedPostOffice PostOffice { get; } = postOffice;

    /// <summary>The post office's calendar.</summary>
    public ZoneCalendar Calendar { get; } = calendar;

    /// <summary>The current fault's random draws.</summary>
    public Randomizer Random { get; internal set; } = random;

    /// <summary>Every fault applied so far, in order.</summary>
    public List<PersonalDataMark> Marks { get; } = [];

    /// <summary>Adds a board named <paramref name="name"/> and returns its position.</summary>
    public int AddBoard(string name)
    {
        Data.BulletinBoards.Add(new BulletinBoard { Name = name });
        return Data.BulletinBoards.Count - 1;
    }

    /// <summary>Adds a message to board <paramref name="board"/>, dated <paramref name="local"/> written as <paramref name="dateText"/>, and returns its position.</summary>
    public int AddBoardMessage(int board, DateTime local, string dateText, string subject, CcAddress? from, string body)
    {
        var target = Data.BulletinBoards[board];
        target.Messages.Add(new CcMessage
        {
            From = from, Date = local, DateText = dateText, Subject = subject, Folder = target.Name, IsRead = true,
            Items = [new TextItem { Text = body }],
        });
        return target.Messages.Count - 1;
    }

    /// <summary>Adds a mailing list of <paramref name="owner"/> and returns its position.</summary>
    public int AddList(LocalUser owner, string name, IEnumerable<CcAddress> members)
    {
        Data.MailingLists.Add(new PersonalMailingList { Owner = owner.Name, Name = name, Members = [.. members] });
        return Data.MailingLists.Count - 1;
    }

    /// <summary>The position of <paramref name="owner"/>'s address book, made (empty) when the owner has none.</summary>
    public int BookOf(LocalUser owner)
    {
        var found = Data.AddressBooks.FindIndex(b => b.Owner == owner.Name);
        if (found >= 0)
        {
            return found;
        }

        Data.AddressBooks.Add(new PersonalAddressBook { Owner = owner.Name });
        return Data.AddressBooks.Count - 1;
    }

    /// <summary>Records that <paramref name="fault"/> was applied to an entity.</summary>
    public void Mark(FaultDescriptor fault, PersonalDataKind kind, int number, int index = 0, string? detail = null) =>
        Marks.Add(new PersonalDataMark(fault, detail, kind, number, index));
}
