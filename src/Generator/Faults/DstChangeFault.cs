using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q281734: local times in the hour after a daylight saving change were converted with the wrong
 * offset. One variant after the spring change, one after the autumn one; zones without DST cannot carry it.
 */

/// <summary>A date in the hour after a DST change, spring and autumn (KB Q281734).</summary>
public sealed class DstChangeFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "dst-change";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 10, ["Q281734"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "a date in the hour after a DST change (spring and autumn)")
        { ConflictGroup = "date", TargetCount = 2, NeedsDst = true };

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        var local = content.ExpectedLocal;
        var random = context.Random;
        var spring = variant % 2 == 0;
        var after = Enumerable.Range(0, 6)
            .Select(n => context.Calendar.AfterTransition(local.Year - n, spring, random.Int(5, 55)))
            .FirstOrDefault(d => d is not null);
        if (after is { } dst)
        {
            EventFaultContext.SetDate(content, dst, DateTexts.Standard, Descriptor, spring ? "spring" : "autumn");
        }
    }
}
