namespace MailMig.Fidelity.Migrator.Migration;

/// <summary>One bulletin board in the report.</summary>
/// <param name="Name">The board's name.</param>
/// <param name="Path">Its folder under the output root, <c>%public/&lt;segment&gt;</c>.</param>
/// <param name="Source">How many messages the board had.</param>
/// <param name="Migrated">How many were written.</param>
public sealed record BulletinBoardReport(string Name, string Path, int Source, int Migrated);
