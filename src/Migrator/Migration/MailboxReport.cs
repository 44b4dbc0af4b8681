namespace MailMig.Fidelity.Migrator.Migration;

/// <summary>One mailbox's counts and its folder under the output root.</summary>
/// <param name="Name">The mailbox name.</param>
/// <param name="Path">Its path segment under the output root.</param>
/// <param name="Source">Source messages.</param>
/// <param name="Migrated">Migrated intact.</param>
/// <param name="Repaired">Migrated with repairs.</param>
/// <param name="Skipped">Skipped.</param>
public sealed record MailboxReport(string Name, string Path, int Source, int Migrated, int Repaired, int Skipped);
