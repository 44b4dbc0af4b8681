namespace MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Report;

using MailMig.Fidelity.CcMail.Model;

/// <summary>A repaired or skipped message as the report lists it.</summary>
/// <param name="Mailbox">The source mailbox name.</param>
/// <param name="Index">The 1-based source index.</param>
/// <param name="Repairs">The repair ids in order (empty for a skip).</param>
/// <param name="Reason">The skip reason, or null for a repair.</param>
/// <param name="Detail">A sentence on the skip, or null.</param>
/// <param name="Location">Where the block or record starts.</param>
public sealed record MessageOutcome(string Mailbox, int Index, IReadOnlyList<string> Repairs, string? Reason, string? Detail, SourceLocation Location);
