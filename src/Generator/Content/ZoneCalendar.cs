using Bogus;

namespace MailMig.Fidelity.Generator.Content;

/// <summary>Local dates of the post office's zone: event dates spread over the years, DST transitions, and conversion to UTC.</summary>
/// <remarks>
/// Every conversion names the post office's zone explicitly; nothing here reads the machine's zone or
/// clock. Ordinary event times avoid the skipped and repeated hours of DST changes, so every local time
/// the generator writes has exactly one UTC instant; the dst-change fault places times just after them.
/// </remarks>
public sealed class ZoneCalendar
{
    private readonly Dictionary<int, IReadOnlyList<(DateTime Utc, bool Spring)>> _transitions = [];

    /// <summary>A calendar for <paramref name="zone"/> over the years <paramref name="firstYear"/> to <paramref name="lastYear"/>.</summary>
    public ZoneCalendar(TimeZoneInfo zone, int firstYear, int lastYear)
    {
        Zone = zone;
        Start = new DateTime(firstYear, 1, 2, 0, 0, 0, DateTimeKind.Unspecified);
        End = new DateTime(lastYear, 12, 20, 0, 0, 0, DateTimeKind.Unspecified);
    }

    /// <summary>The zone.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>The first day dates fall on.</summary>
    public DateTime Start { get; }

    /// <summary>The day after the last day dates fall on.</summary>
    public DateTime End { get; }

    /// <summary>The local date of event <paramref name="index"/> of <paramref name="count"/>: days in event order, a time in office hours.</summary>
    public DateTime EventLocal(int index, int count, Randomizer random)
    {
        var days = (End - Start).Days;
        var day = Start.AddDays((long)days * index / Math.Max(1, count));
        return Unambiguous(day.AddMinutes(7 * 60 + random.Int(0, 12 * 60 - 1)));
    }

    /// <summary><paramref name="local"/> moved forward by whole hours until it is neither skipped nor repeated by a DST change.</summary>
    public DateTime Unambiguous(DateTime local)
    {
        while (Zone.IsInvalidTime(local) || Zone.IsAmbiguousTime(local))
        {
            local = local.AddHours(1);
        }

        return local;
    }

    /// <summary>The UTC instant of the unambiguous local time <paramref name="local"/>.</summary>
    public DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    /// <summary>Whether the zone changes to or from daylight saving time in any of the years dates fall in.</summary>
    public bool HasDst()
    {
        for (var year = Start.Year; year <= End.Year; year++)
        {
            if (Transitions(year).Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A local time within the hour after the zone's spring (or autumn) change in <paramref name="year"/>, or null when the zone has none that year.</summary>
    public DateTime? AfterTransition(int year, bool spring, int minutes)
    {
        foreach (var (utc, isSpring) in Transitions(year))
        {
            if (isSpring == spring)
            {
                // Autumn: the first local hour after the change repeats, so take the next one.
                var instant = utc.AddMinutes(minutes + (spring ? 0 : 60));
                return Unambiguous(TimeZoneInfo.ConvertTimeFromUtc(instant, Zone));
            }
        }

        return null;
    }

    /// <summary>The instants (UTC) in <paramref name="year"/> where the zone's offset changes; spring is an offset increase.</summary>
    public IReadOnlyList<(DateTime Utc, bool Spring)> Transitions(int year)
    {
        if (_transitions.TryGetValue(year, out var cached))
        {
            return cached;
        }

        var found = new List<(DateTime, bool)>();
        var instant = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var end = instant.AddYears(1);
        var offset = Zone.GetUtcOffset(instant);
        for (; instant < end; instant = instant.AddHours(1))
        {
            var next = Zone.GetUtcOffset(instant.AddHours(1));
            if (next != offset)
            {
                // Narrow to the minute: transitions fall on whole minutes.
                var at = instant;
                while (Zone.GetUtcOffset(at) == offset)
                {
                    at = at.AddMinutes(1);
                }

                found.Add((at, next > offset));
                offset = next;
            }
        }

        _transitions[year] = found;
        return found;
    }
}
