namespace MailMig.Fidelity.Generator.Faults;

/// <summary>A fault applied to one board, board message, list or address book.</summary>
/// <param name="Fault">The catalog fault.</param>
/// <param name="Detail">The variant injected, or null.</param>
/// <param name="Kind">The kind of entity.</param>
/// <param name="Number">The entity's 0-based position among its kind (boards, lists, address books).</param>
/// <param name="Index">For a board message, its 0-based position in the board; else 0.</param>
public sealed record PersonalDataMark(FaultDescriptor Fault, string? Detail, PersonalDataKind Kind, int Number, int Index = 0);
