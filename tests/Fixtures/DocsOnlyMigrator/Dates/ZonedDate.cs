// Why: output.md "Dates": the written Date is the post office's local time with the offset in
// force, the autumn overlap takes the daylight offset and the spring gap shifts forward.
namespace MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Dates;

/// <summary>Places a post office's local wall-clock time in its time zone.</summary>
public sealed class ZonedDate(TimeZoneInfo zone)
{
    /// <summary>The time zone in use.</summary>
    public TimeZoneInfo Zone => zone;

    /// <summary>The local time with its offset; <paramref name="inGap"/> says it fell in a spring-forward gap and was shifted.</summary>
    public DateTimeOffset Place(DateTime local, out bool inGap)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        inGap = zone.IsInvalidTime(local);
        if (inGap)
        {
            var before = zone.GetUtcOffset(local.AddDays(-1));
            var utc = DateTime.SpecifyKind(local - before, DateTimeKind.Utc);
            return TimeZoneInfo.ConvertTime(new DateTimeOffset(utc), zone);
        }

        if (zone.IsAmbiguousTime(local))
        {
            var daylight = zone.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(local, daylight);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
