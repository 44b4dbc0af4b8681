namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>Where <see cref="Db8PersonalDataWriter"/> put each record in <see cref="Db8PersonalDataLayout.File"/>, for locating faults.</summary>
/// <param name="Boards">Per board, the offset of its <c>BBRD</c> record.</param>
/// <param name="BoardMessages">Per board, the offsets of its <c>BMSG</c> records in board order.</param>
/// <param name="MailingLists">Per list, the offset of its <c>PLST</c> record.</param>
/// <param name="AddressBooks">Per address book, the offset of its <c>PABK</c> record.</param>
public sealed record Db8PersonalDataOffsets(
    IReadOnlyList<long> Boards, IReadOnlyList<IReadOnlyList<long>> BoardMessages, IReadOnlyList<long> MailingLists, IReadOnlyList<long> AddressBooks);
