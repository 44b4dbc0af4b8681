using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Export;

/// <summary>Everything read from one export file: its header, its message records and the problems found between blocks.</summary>
/// <param name="Header">The file header.</param>
/// <param name="Records">The message records in file order.</param>
/// <param name="Diagnostics">Problems found outside any message.</param>
public sealed record ExportFileContents(ExportFileHeader Header, IReadOnlyList<MessageRecord> Records, IReadOnlyList<Diagnostic> Diagnostics);
