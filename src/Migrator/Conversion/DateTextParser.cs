using System.Globalization;
using System.Text.RegularExpressions;
using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.Migrator.Conversion;

/*
 * The readers give a message's Date as null when its text is not a valid date (KB Q233325: 2/31/99). This
 * parser reads the same grammar (M/D/YY, MM/DD/YYYY, '/' or '-', 12- or 24-hour time, optional seconds)
 * but clamps an impossible day to the month's last day, so the migrator can repair instead of dropping.
 */

/// <summary>Reads cc:Mail date text leniently, clamping impossible days, for dates the reader could not parse.</summary>
public static partial class DateTextParser
{
    /// <summary>Parses <paramref name="text"/>; null when it is not recoverable (no date, month out of range, bad time).</summary>
    /// <param name="text">The <c>Date:</c> text as written.</param>
    /// <param name="options">Day/month order and century rule.</param>
    /// <param name="clamped">Whether the day was past the month's end and was clamped.</param>
    public static DateTime? Parse(string? text, CcDateOptions options, out bool clamped)
    {
        clamped = false;
        var match = text is null ? null : Pattern().Match(text);
        if (match is null || !match.Success)
        {
            return null;
        }

        var first = Number(match.Groups["a"]);
        var second = Number(match.Groups["b"]);
        var (month, day) = options.DayFirst ? (second, first) : (first, second);
        var year = Number(match.Groups["y"]);
        if (match.Groups["y"].Length <= 2)
        {
            year += year < options.TwoDigitYearPivot ? 2000 : 1900;
        }

        var hour = match.Groups["h"].Success ? Number(match.Groups["h"]) : 0;
        var minute = match.Groups["m"].Success ? Number(match.Groups["m"]) : 0;
        var secondOfMinute = match.Groups["s"].Success ? Number(match.Groups["s"]) : 0;
        if (match.Groups["p"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            var pm = match.Groups["p"].Value.Equals("PM", StringComparison.OrdinalIgnoreCase);
            hour = hour % 12 + (pm ? 12 : 0);
        }

        if (month is < 1 or > 12 || day < 1 || year is < 1 or > 9999 || hour > 23 || minute > 59 || secondOfMinute > 59)
        {
            return null;
        }

        var last = DateTime.DaysInMonth(year, month);
        if (day > last)
        {
            clamped = true;
            day = last;
        }

        return new DateTime(year, month, day, hour, minute, secondOfMinute, DateTimeKind.Unspecified);
    }

    private static int Number(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*(?<a>\d{1,2})[-/](?<b>\d{1,2})[-/](?<y>\d{4}|\d{2})(?:\s+(?<h>\d{1,2}):(?<m>\d{2})(?::(?<s>\d{2}))?(?:\s*(?<p>[AaPp][Mm]))?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
