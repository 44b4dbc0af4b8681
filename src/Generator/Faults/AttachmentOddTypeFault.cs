using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q167024: attachments with no extension, executables, shortcuts and zero bytes were dropped or
 * renamed; they travel as application/octet-stream where the type is unknown.
 */

/// <summary>Attachments with no extension, .exe, .lnk and zero bytes (KB Q167024).</summary>
public sealed class AttachmentOddTypeFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "attachment-odd-type";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 26, ["Q167024"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "attachments with no extension, .exe, .lnk and zero bytes");

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        var random = context.Random;
        var odd = context.AddFiles(content,
            ("README", AttachmentFactory.BinaryData(random, "Read me first"u8.ToArray(), 300)),
            ("SETUP.EXE", AttachmentFactory.BinaryData(random, "MZ"u8.ToArray(), 2048)),
            ("Shortcut to Budget.lnk", AttachmentFactory.BinaryData(random, [0x4C, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00], 400)),
            ("EMPTY.DAT", []));
        content.Marks.Add(Mark(LineKeywords.FileItem, odd));
    }
}
