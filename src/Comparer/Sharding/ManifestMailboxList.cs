using MailMig.Fidelity.Comparer.Diagnostics;

namespace MailMig.Fidelity.Comparer.Sharding;

/// <summary>The <c>mailbox</c> records of a manifest in file order (store order), and what was wrong with them.</summary>
/// <param name="Path">The manifest's path.</param>
/// <param name="Mailboxes">The mailbox records, in file order.</param>
/// <param name="Diagnostics">Mailbox records that could not be used, each with its line.</param>
public sealed record ManifestMailboxList(string Path, IReadOnlyList<ManifestMailbox> Mailboxes, IReadOnlyList<ComparerDiagnostic> Diagnostics);
