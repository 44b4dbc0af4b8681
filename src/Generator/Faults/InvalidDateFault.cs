using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q233325: exports held impossible dates such as 2/31/99. A migrator clamps the day to the
 * month's last (2/28/99), keeps the time and reports the repair; the manifest expects the clamped date.
 */

/// <summary>An impossible date such as 2/31/99 (KB Q233325).</summary>
public sealed class InvalidDateFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "invalid-date";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 8, ["Q233325"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Repaired, "date-invalid-clamped",
            "an impossible date such as 2/31/99")
        { ConflictGroup = "date" };

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        var local = content.ExpectedLocal;
        var day = variant % 2 == 0 ? 30 : 31;
        content.DateText = DateTexts.Impossible(2, day, local);
        content.Date = null;
        content.ExpectedLocal = new DateTime(local.Year, 2, DateTime.DaysInMonth(local.Year, 2), local.Hour, local.Minute, 0);
        content.Marks.Add(Mark(LineKeywords.Date, detail: content.DateText));
    }
}
