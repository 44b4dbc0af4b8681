using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q180641: export dates came in several spellings depending on the client's settings; all are in
 * the grammar. One variant per spelling.
 */

/// <summary>A date as M/D/YY, MM/DD/YYYY, with '-', 24-hour or with seconds (KB Q180641).</summary>
public sealed class DateFormatsFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "date-formats";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 11, ["Q180641"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "a date as M/D/YY, MM/DD/YYYY, with '-', 24-hour or with seconds")
        { ConflictGroup = "date", TargetCount = 5 };

    /// <inheritdoc/>
    public override int Variants => DateTexts.VariantCount;

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        var local = content.ExpectedLocal;
        var withSeconds = variant == 4 ? local.AddSeconds(context.Random.Int(1, 59)) : local;
        EventFaultContext.SetDate(content, withSeconds, d => DateTexts.Variant(d, variant), Descriptor, VariantName(variant));
    }

    private static string VariantName(int variant) => variant switch
    {
        0 => "M/D/YY",
        1 => "MM/DD/YYYY",
        2 => "dashes",
        3 => "24-hour",
        _ => "seconds",
    };
}
