using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * Binary items exported with /FILES/HEX are written as hex digits; a reader detects them by the
 * line-break rule. A message with no File item gets one so there is something to write as hex.
 */

/// <summary>Binary items written as hex (/FILES/HEX).</summary>
public sealed class HexAttachmentFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "hex-attachment";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 22, [], FaultWhere.Export, FaultScope.Copy, FaultOutcome.Migrated, null,
            "binary items written as hex (/FILES/HEX)");

    /// <inheritdoc/>
    public override void ApplyToCopy(CopyDraft draft)
    {
        if (!draft.Message.Items.OfType<FileItem>().Any())
        {
            var random = draft.Random;
            draft.AddFile(AttachmentFactory.Dated("SCAN.TIF", AttachmentFactory.BinaryData(random, [0x49, 0x49, 0x2A, 0x00], 300), draft.Content.ExpectedLocal, random));
        }

        draft.Style = draft.Style with { HexFiles = true };
        draft.Marks.Add(Mark(LineKeywords.FileItem));
    }
}
