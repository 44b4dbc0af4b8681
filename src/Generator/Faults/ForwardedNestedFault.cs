using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * Forwarded messages nested three deep, each level with an attachment, become nested message/rfc822 parts.
 */

/// <summary>Forwarded messages nested three deep, with attachments.</summary>
public sealed class ForwardedNestedFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "forwarded-nested";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 34, [], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "forwarded messages nested three deep, with attachments");

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        content.Items.RemoveAll(i => i is MessageItem);
        content.Items.Add(new MessageItem { Message = context.Builder.Forwarded(content.Event, 1, 3, content.ExpectedLocal) });
        if (!content.Subject.StartsWith("Fw: ", StringComparison.Ordinal))
        {
            content.Subject = "Fw: " + content.Subject;
        }

        content.Marks.Add(Mark(LineKeywords.MessageItem));
    }
}
