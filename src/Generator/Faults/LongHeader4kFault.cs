using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q266711: Import/Export before 8.2x refused header sections over 4 KB, which messages could have.
 * The header is grown with Cc recipients past the limit.
 */

/// <summary>A header section over 4 KB (KB Q266711).</summary>
public sealed class LongHeader4kFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "long-header-4k";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 23, ["Q266711"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "a header section over 4 KB")
        { ConflictGroup = "header-size" };

    /// <summary>The header size the fault exceeds.</summary>
    public const int Limit = 4 * 1024;

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        context.GrowHeader(content, Limit + 1024, stayUnder: false);
        content.Marks.Add(Mark(LineKeywords.Block));
    }
}
