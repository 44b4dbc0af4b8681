namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>A message the migration report says was skipped, with its reason.</summary>
/// <param name="Mailbox">The mailbox name.</param>
/// <param name="Index">The 1-based source index.</param>
/// <param name="Reason">The skip reason id.</param>
/// <param name="Detail">The report's explanation, or null.</param>
public sealed record ReportedSkip(string Mailbox, int Index, string Reason, string? Detail);
