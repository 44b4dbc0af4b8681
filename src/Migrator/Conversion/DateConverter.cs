using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.Migrator.Conversion;

/*
 * cc:Mail dates are the post office's local wall-clock time with no offset (KB Q281734: an hour off across
 * a DST change). The offset of that instant in the post office's zone is used; an ambiguous time (the
 * autumn hour that happens twice) takes the earlier instant, i.e. the daylight offset; a time in the
 * spring-forward gap never existed and is shifted forward by the gap (2:30 -> 3:30), a repair.
 * A date the reader could not parse is read again with CcMail's one date parser, this time clamping an
 * impossible day (KB Q233325: 2/31/99 -> 2/28/99, a repair) and reading a date without a time as
 * midnight (docs/formats/output.md); anything else it refuses, a full-width digit included, is
 * date-unreadable.
 */

/// <summary>Turns post office local dates into instants with their UTC offset, applying the date repairs.</summary>
public sealed class DateConverter
{
    /// <summary>The date written when a message has no recoverable date: the DOS epoch, 1980-01-01 00:00 UTC.</summary>
    public static readonly DateTimeOffset Fallback = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Creates a converter for <paramref name="zone"/> reading date text with <paramref name="options"/>.</summary>
    public DateConverter(TimeZoneInfo zone, CcDateOptions? options = null)
    {
        Zone = zone;
        Options = (options ?? CcDateOptions.Default) with { ClampDayToMonthEnd = true, MidnightWhenTimeMissing = true };
    }

    private const int MaxCachedHours = 1 << 20;

    // Offsets of local hours known to hold no DST transition: TimeZoneInfo's rule lookups cost microseconds per call.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, TimeSpan> _plainHours = new();

    /// <summary>The post office's time zone.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>How date text is read when the reader could not parse it (always clamping an impossible day).</summary>
    public CcDateOptions Options { get; }

    /// <summary>The instant for a local time; <paramref name="inGap"/> says it fell in the spring-forward gap and was shifted.</summary>
    public DateTimeOffset ToInstant(DateTime local, out bool inGap)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var hour = local.Ticks / TimeSpan.TicksPerHour;
        if (_plainHours.TryGetValue(hour, out var cached))
        {
            inGap = false;
            return new DateTimeOffset(local, cached);
        }

        var instant = Compute(local, out inGap);
        var start = new DateTime(hour * TimeSpan.TicksPerHour, DateTimeKind.Unspecified);
        if (start.AddHours(1) <= DateTime.MaxValue.AddHours(-1) && IsPlainHour(start) && _plainHours.Count < MaxCachedHours)
        {
            _plainHours.TryAdd(hour, Zone.GetUtcOffset(start));
        }

        return instant;
    }

    // An hour with no gap, no overlap and one offset from its start to its end holds no transition.
    private bool IsPlainHour(DateTime start)
    {
        var end = start.AddTicks(TimeSpan.TicksPerHour - 1);
        return !Zone.IsInvalidTime(start) && !Zone.IsAmbiguousTime(start) && !Zone.IsInvalidTime(end) && !Zone.IsAmbiguousTime(end)
            && Zone.GetUtcOffset(start) == Zone.GetUtcOffset(end);
    }

    private DateTimeOffset Compute(DateTime local, out bool inGap)
    {
        inGap = Zone.IsInvalidTime(local);
        if (inGap)
        {
            var before = Zone.GetUtcOffset(local.AddDays(-1));
            var utc = DateTime.SpecifyKind(local - before, DateTimeKind.Utc);
            return new DateTimeOffset(utc).ToOffset(Zone.GetUtcOffset(utc));
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The instant of a message date given as parsed and as written, adding the repairs it needed to <paramref name="repairs"/>.</summary>
    public DateTimeOffset Resolve(DateTime? parsed, string? text, ICollection<string> repairs)
    {
        var local = parsed;
        if (local is null && CcDateParser.TryParse(text, Options, out var reread, out var clamped))
        {
            local = reread;
            if (clamped)
            {
                repairs.Add(RepairIds.DateInvalidClamped);
            }
        }

        if (local is null)
        {
            repairs.Add(RepairIds.DateUnreadable);
            return Fallback;
        }

        var instant = ToInstant(local.Value, out var inGap);
        if (inGap)
        {
            repairs.Add(RepairIds.DateInDstGap);
        }

        return instant;
    }

    /// <summary>The instant of an attachment date, or null when it has none that can be read (no repair: the date is optional).</summary>
    public DateTimeOffset? ResolveOptional(DateTime? parsed, string? text) =>
        (parsed ?? (CcDateParser.TryParse(text, Options, out var reread) ? reread : null)) is { } local ? ToInstant(local, out _) : null;
}
