using System.Text;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q186216: a File item date written M/D/YY was read as part of the attachment's name.
 */

/// <summary>A File item date written M/D/YY (KB Q186216).</summary>
public sealed class AttachmentDateMdyyFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "attachment-date-mdyy";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 17, ["Q186216"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "a File item date written M/D/YY");

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        var random = context.Random;
        var local = content.ExpectedLocal;
        var mdyy = new DateTime(local.Year, 1 + random.Int(0, 8), 1 + random.Int(0, 8), 9, random.Int(0, 59), 0);
        var file = content.AddFile(new FileItem
        {
            Name = "NOTES.TXT", Data = Encoding.ASCII.GetBytes(context.Text.Sentence(context.Faker) + "\r\n"), Date = mdyy, DateText = DateTexts.ShortMdyy(mdyy),
        });
        content.Marks.Add(Mark(LineKeywords.FileItem, content.FileOrdinal(file), file.DateText));
    }
}
