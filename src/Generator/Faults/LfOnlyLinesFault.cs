using MailMig.Fidelity.CcMail.Export;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q184391: export files moved through Unix systems arrived with LF line ends; a lone LF is a line
 * end. The whole mailbox's export file is written so, and every message of it is marked.
 */

/// <summary>The mailbox's export file written with LF line ends (KB Q184391).</summary>
public sealed class LfOnlyLinesFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "lf-only-lines";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 20, ["Q184391"], FaultWhere.Export, FaultScope.Mailbox, FaultOutcome.Migrated, null,
            "the mailbox's export file written with LF line ends");

    /// <inheritdoc/>
    public override ExportWriterOptions ShapeExportFile(ExportWriterOptions options) => options with { LfOnly = true };

    /// <inheritdoc/>
    public override void ApplyToMailboxCopy(CopyDraft draft) => draft.Marks.Add(Mark(LineKeywords.Block));
}
