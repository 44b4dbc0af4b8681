namespace MailMig.Fidelity.Migrator.Migration;

/// <summary>Where a message was read: its file (relative to the source) and byte offset.</summary>
/// <param name="File">The file, relative to the post office directory or the export file's name.</param>
/// <param name="Offset">The byte offset of the message's block or record.</param>
public sealed record ReportLocation(string File, long Offset);
