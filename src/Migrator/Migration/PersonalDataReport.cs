namespace MailMig.Fidelity.Migrator.Migration;

/// <summary>The report's <c>personalData</c> section: what became of bulletin boards, mailing lists and address books (not counted in <c>totals</c>).</summary>
/// <param name="BulletinBoards">Each board: its name, its public-folder path, how many messages it had and how many were written.</param>
/// <param name="Contacts">Each owner with an address book or a list: the vCard file and what it holds.</param>
public sealed record PersonalDataReport(IReadOnlyList<BulletinBoardReport> BulletinBoards, IReadOnlyList<ContactsReport> Contacts);
