using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>What exporting one DB8 mailbox to export text produced.</summary>
/// <param name="Mailbox">The mailbox's name.</param>
/// <param name="File">The export file written, or null when exporting to a caller's stream.</param>
/// <param name="Exported">How many messages were written.</param>
/// <param name="Unreadable">The records not written: unreadable in the store, or refused by the export writer (diagnostic db8.export-refused).</param>
public sealed record Db8ExportResult(string Mailbox, string? File, int Exported, IReadOnlyList<MessageRecord> Unreadable);
