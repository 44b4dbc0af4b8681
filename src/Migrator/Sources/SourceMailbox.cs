namespace MailMig.Fidelity.Migrator.Sources;

/// <summary>A mailbox a source offers, before its messages are read.</summary>
/// <param name="Name">The owner's name.</param>
/// <param name="Folders">Its folders as <c>\</c>-joined paths in store order (empty when the source does not list them).</param>
/// <param name="MessageCount">How many messages the source says it holds, or null when it cannot say without reading.</param>
/// <param name="Key">The source's own handle for the mailbox.</param>
/// <param name="RecoveredFrom">Null for a mailbox the source lists; otherwise the witness it was recovered from (for example <c>index</c> or <c>records</c>), which makes the run exit 1.</param>
public sealed record SourceMailbox(string Name, IReadOnlyList<string> Folders, int? MessageCount, object? Key = null, string? RecoveredFrom = null);
