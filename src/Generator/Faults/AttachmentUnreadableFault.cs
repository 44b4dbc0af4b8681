using System.Text;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Content;
using MailMig.Fidelity.Generator.Manifest;
using MailMig.Fidelity.Generator.Output;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q238784: a hex File item whose data holds non-hex characters cannot be decoded; the rest of
 * the message is intact. The copy gets its own hex item, and once the export file is complete two
 * bytes of its data, right after its item line, are overwritten with "ZZ".
 */

/// <summary>A hex File item whose data holds non-hex characters (KB Q238784).</summary>
public sealed class AttachmentUnreadableFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "attachment-unreadable";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 25, ["Q238784"], FaultWhere.Export, FaultScope.Copy, FaultOutcome.Repaired, "attachment-unreadable",
            "a hex File item whose data holds non-hex characters");

    /// <summary>The bytes that make hex data unreadable: characters that are not hex digits.</summary>
    public static byte[] NonHex { get; } = Encoding.ASCII.GetBytes("ZZ");

    /// <inheritdoc/>
    public override void ApplyToCopy(CopyDraft draft)
    {
        var random = draft.Random;
        var unreadable = AttachmentFactory.Dated("DAMAGED.DOC", AttachmentFactory.BinaryData(random, [0xD0, 0xCF, 0x11, 0xE0], 256), draft.Content.ExpectedLocal, random);
        draft.AddFile(unreadable);
        draft.Unreadable = unreadable;
        draft.Style = draft.Style with { HexFiles = true };
        draft.Marks.Add(Mark(LineKeywords.FileItem, draft.Message.Items.OfType<FileItem>().Count() - 1));
    }

    // Two bytes into the hex data of the damaged item: after its item line.
    /// <inheritdoc/>
    public override IEnumerable<BytePatch> ExportPatches(AppliedFault located, string file) =>
        [new BytePatch(file, 2, NonHex, located.Offset!.Value)];
}
