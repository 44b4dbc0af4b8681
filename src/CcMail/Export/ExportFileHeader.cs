using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Export;

/// <summary>The optional lines of an export file before its first <c>Message:</c>.</summary>
public sealed class ExportFileHeader
{
    /// <summary>The <c>Mailbox:</c> value, or null.</summary>
    public string? Mailbox { get; set; }

    /// <summary>The <c>Postoffice:</c> value, or null.</summary>
    public string? PostOffice { get; set; }

    /// <summary>The code page from <c>Codepage:</c>, 850 when absent.</summary>
    public int CodePage { get; set; } = 850;

    /// <summary>The <c>Exported:</c> value as written, or null.</summary>
    public string? Exported { get; set; }

    /// <summary>Other header lines, kept in order.</summary>
    public List<CcHeader> Extra { get; set; } = [];
}
