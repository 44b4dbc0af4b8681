namespace MailMig.Fidelity.Migrator.Migration;

/// <summary>Message counts: every source message is migrated, repaired or skipped.</summary>
/// <param name="Source">Source messages.</param>
/// <param name="Migrated">Migrated intact.</param>
/// <param name="Repaired">Migrated with named repairs.</param>
/// <param name="Skipped">Not migrated, with a reason.</param>
public sealed record ReportTotals(int Source, int Migrated, int Repaired, int Skipped);
