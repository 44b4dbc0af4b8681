namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>A message the migration report says was repaired, with the repair ids.</summary>
/// <param name="Mailbox">The mailbox name.</param>
/// <param name="Index">The 1-based source index.</param>
/// <param name="Repairs">The repair ids.</param>
public sealed record ReportedRepair(string Mailbox, int Index, IReadOnlyList<string> Repairs);
