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

    private const int MaxCachedDays = 1 << 18;

    // Offsets of local days known to hold no DST transition: TimeZoneInfo's rule lookups cost microseconds per call, and a
    // post office's messages fall on a few thousand days (an hour cache missed on most messages: 5% of a migration's CPU).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, TimeSpan> _plainDays = new();

    // ConcurrentDictionary.Count takes every lock of the dictionary; a counter of its own costs nothing.
    private int _plainDaysCount;

    /// <summary>The post office's time zone.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>How date text is read when the reader could not parse it (always clamping an impossible day).</summary>
    public CcDateOptions Options { get; }

    /// <summary>The instant for a local time; <paramref name="inGap"/> says it fell in the spring-forward gap and was shifted.</summary>
    public DateTimeOffset ToInstant(DateTime local, out bool inGap)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var day = (int)(local.Ticks / TimeSpan.TicksPerDay);
        if (_plainDays.TryGetValue(day, out var cached))
        {
            inGap = false;
            return new DateTimeOffset(local, cached);
        }

        var instant = Compute(local, out inGap);
        if (Volatile.Read(ref _plainDaysCount) < MaxCachedDays && PlainDayOffset(day) is { } offset && _plainDays.TryAdd(day, offset))
        {
            Interlocked.Increment(ref _plainDaysCount);
        }

        return instant;
    }

    // A day holds no transition when its offset is the same at each hour and at its last tick: across a transition the offset
    // changes (a time in a gap or an overlap reports the standard one, the offset of one side), so two samples an hour apart
    // differ unless two transitions that cancel out fall within one hour (the hour cache before this assumed the same).
    private TimeSpan? PlainDayOffset(int day)
    {
        var start = new DateTime(day * TimeSpan.TicksPerDay, DateTimeKind.Unspecified);
        if (start >= DateTime.MaxValue.AddDays(-2))
        {
            return null;
        }

        var offset = Zone.GetUtcOffset(start);
        for (var hour = 1; hour <= 24; hour++)
        {
            var sample = hour < 24 ? start.AddHours(hour) : start.AddTicks(TimeSpan.TicksPerDay - 1);
            if (Zone.GetUtcOffset(sample) != offset)
            {
                return null;
            }
        }

        return offset;
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
