using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q262989: a return-receipt request (RRT:) was dropped by migrations; it becomes
 * Disposition-Notification-To.
 */

/// <summary>An RRT: return-receipt request (KB Q262989).</summary>
public sealed class ReturnReceiptFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "return-receipt";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 16, ["Q262989"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "an RRT: return-receipt request")
        { ConflictGroup = "rrt" };

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        content.ReturnReceiptTo ??= content.From;
        content.Marks.Add(Mark(LineKeywords.Rrt));
    }
}
