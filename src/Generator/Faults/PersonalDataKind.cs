namespace MailMig.Fidelity.Generator.Faults;

/// <summary>Which kind of personal-data entity a fault mark is on.</summary>
public enum PersonalDataKind
{
    /// <summary>A bulletin board as a whole (its name).</summary>
    Board,

    /// <summary>One message of a bulletin board.</summary>
    BoardMessage,

    /// <summary>A personal mailing list.</summary>
    MailingList,

    /// <summary>A personal address book.</summary>
    AddressBook,
}
