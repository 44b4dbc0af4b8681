using System.Text;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q192700: a File item date written with dashes (9-11-1998) polluted the attachment's name.
 */

/// <summary>A File item date written with '-' (KB Q192700).</summary>
public sealed class AttachmentDateDashesFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "attachment-date-dashes";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 18, ["Q192700"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "a File item date written with '-'");

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        var random = context.Random;
        var dashes = content.ExpectedLocal.Date.AddDays(-random.Int(1, 9)).AddHours(9).AddMinutes(random.Int(0, 59));
        var file = content.AddFile(new FileItem
        {
            Name = "Att.txt", Data = Encoding.ASCII.GetBytes(context.Text.Sentence(context.Faker) + "\r\n"), Date = dashes, DateText = DateTexts.Dashes(dashes),
        });
        content.Marks.Add(Mark(LineKeywords.FileItem, content.FileOrdinal(file), file.DateText));
    }
}
