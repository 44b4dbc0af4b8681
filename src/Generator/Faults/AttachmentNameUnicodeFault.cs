using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q237886: attachment names with spaces, code page letters or over 64 characters became NONAME;
 * they are kept (RFC 2231).
 */

/// <summary>Attachment names with spaces, code page letters and over 64 characters (KB Q237886).</summary>
public sealed class AttachmentNameUnicodeFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "attachment-name-unicode";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 27, ["Q237886"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "attachment names with spaces, code page letters and over 64 characters");

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        var random = context.Random;
        var postOffice = context.PostOffice;
        var unicode = context.AddFiles(content,
            ("Quarterly Report Final Version.doc", AttachmentFactory.BinaryData(random, [0xD0, 0xCF, 0x11, 0xE0], 900)),
            (postOffice.IsDbcs ? "予算表 十月分.xls" : postOffice.CodePage == 437 ? "Résumé Müller.doc" : "Résumé Müller Øre.doc",
                AttachmentFactory.BinaryData(random, [0xD0, 0xCF, 0x11, 0xE0], 700)),
            ("Minutes of the regional planning committee meeting held in March 1999.doc", AttachmentFactory.BinaryData(random, [0xD0, 0xCF, 0x11, 0xE0], 500)));
        content.Marks.Add(Mark(LineKeywords.FileItem, unicode));
    }
}
