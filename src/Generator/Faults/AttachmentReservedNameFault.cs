using System.Text;
using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * An attachment named like a Windows device (CON, NUL.TXT, com1.doc) cannot be saved as such; it is
 * prefixed with '_' and the migrator reports the repair.
 */

/// <summary>Attachment names CON, NUL.TXT, com1.doc.</summary>
public sealed class AttachmentReservedNameFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "attachment-reserved-name";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 29, [], FaultWhere.Model, FaultScope.Event, FaultOutcome.Repaired, "attachment-name-made-safe",
            "attachment names CON, NUL.TXT, com1.doc");

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        var random = context.Random;
        var reserved = context.AddFiles(content,
            ("CON", random.Bytes(64)), ("NUL.TXT", Encoding.ASCII.GetBytes("nothing\r\n")), ("com1.doc", AttachmentFactory.BinaryData(random, [0xD0, 0xCF, 0x11, 0xE0], 256)));
        EventFaultContext.ExpectNames(content, reserved, "_CON", "_NUL.TXT", "_com1.doc");
        content.Marks.Add(Mark(LineKeywords.FileItem, reserved));
    }
}
