namespace MailMig.Fidelity.CcMail.Model;

/*
 * What a post office holds besides mailboxes and the directory: its bulletin boards (shared) and each
 * user's personal mailing lists and address book. The Exchange 5.5 extractor could migrate none of the
 * lists (docs/ccmail-background.md); a migration team still has to check them, so they are modelled.
 */

/// <summary>Bulletin boards, personal mailing lists and personal address books of one post office.</summary>
public sealed class PersonalData
{
    /// <summary>The bulletin boards in store order.</summary>
    public List<BulletinBoard> BulletinBoards { get; set; } = [];

    /// <summary>The personal mailing lists in store order (grouped by owner as written).</summary>
    public List<PersonalMailingList> MailingLists { get; set; } = [];

    /// <summary>The personal address books in store order, one per owner at most.</summary>
    public List<PersonalAddressBook> AddressBooks { get; set; } = [];

    /// <summary>Whether there is nothing: no board, no list, no address book.</summary>
    public bool IsEmpty => BulletinBoards.Count == 0 && MailingLists.Count == 0 && AddressBooks.Count == 0;
}
