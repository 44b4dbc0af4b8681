using System.Text;

namespace MailMig.Fidelity.CcMail.Export;

/// <summary>The readers one block parser is made of, and what they share about the file being read.</summary>
internal sealed record ExportBlockParts(
    ExportCursor Cursor,
    ExportHeaderReader Header,
    ExportItemData Data,
    ExportResync Resync,
    ExportReaderOptions Options,
    Encoding Encoding,
    string? File,
    int MaxItem);
