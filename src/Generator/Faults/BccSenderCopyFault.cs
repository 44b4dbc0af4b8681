using MailMig.Fidelity.Generator.Addresses;
using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q181125: Bcc recipients are in the sender's Message Log copy only, never in recipients' copies.
 * Only the sender's copy shows the fault, so a local user must send the event.
 */

/// <summary>Bcc recipients in the sender's Message Log copy (KB Q181125).</summary>
public sealed class BccSenderCopyFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "bcc-sender-copy";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 31, ["Q181125"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "Bcc recipients in the sender's Message Log copy");

    /// <inheritdoc/>
    public override SenderRule Sender(int variant) => SenderRule.FromLocalUser;

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        content.Bcc.Add(context.Foreign.Of(ForeignForm.SmtpAtGateway, context.Faker));
        content.Marks.Add(Mark(LineKeywords.Bcc, 0, senderCopyOnly: true));
    }
}
