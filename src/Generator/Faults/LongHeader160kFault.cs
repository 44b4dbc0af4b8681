using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q266711, Q166499: later Import/Export allowed header sections up to 160 KB. The header is grown
 * with Cc recipients to just under the limit.
 */

/// <summary>A header section just under 160 KB (KB Q266711, Q166499).</summary>
public sealed class LongHeader160kFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "long-header-160k";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 24, ["Q266711", "Q166499"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "a header section just under 160 KB")
        { ConflictGroup = "header-size" };

    /// <summary>The header size the fault stays under.</summary>
    public const int Limit = 160 * 1024;

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        context.GrowHeader(content, Limit - 2048, stayUnder: true);
        content.Marks.Add(Mark(LineKeywords.Block));
    }
}
