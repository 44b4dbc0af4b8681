namespace MailMig.Fidelity.Migrator.Migration;

/// <summary>A message migrated with repairs.</summary>
/// <param name="Mailbox">The mailbox name.</param>
/// <param name="Index">The 1-based source index.</param>
/// <param name="Repairs">The repair ids, in the order applied.</param>
/// <param name="Location">Where it was read.</param>
public sealed record RepairedMessage(string Mailbox, int Index, IReadOnlyList<string> Repairs, ReportLocation Location);
