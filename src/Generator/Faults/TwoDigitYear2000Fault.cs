using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q193745, Q192595: cc:Mail wrote two-digit years; 00-49 are 2000-2049, which year-2000 bugs got wrong.
 */

/// <summary>A two-digit year 00-49 (KB Q193745, Q192595).</summary>
public sealed class TwoDigitYear2000Fault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "two-digit-year-2000";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 9, ["Q193745", "Q192595"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "a two-digit year 00-49")
        { ConflictGroup = "date" };

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        var local = content.ExpectedLocal;
        var y2k = variant == 0
            ? new DateTime(2000, 1, 1, local.Hour, local.Minute, 0)
            : new DateTime(2000 + context.Random.Int(0, 1), local.Month, Math.Min(local.Day, 28), local.Hour, local.Minute, 0);
        EventFaultContext.SetDate(content, context.Calendar.Unambiguous(y2k), DateTexts.ShortMdyy, Descriptor);
    }
}
