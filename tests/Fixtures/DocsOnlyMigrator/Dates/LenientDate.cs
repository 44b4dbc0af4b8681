// Why: output.md "Dates", "Impossible day": a date the reader rejects is read again leniently and
// a day past the month's end is clamped; this is that documented pattern and its limits.
using System.Globalization;
using System.Text.RegularExpressions;

namespace MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Dates;

/// <summary>The lenient second reading of a date text, clamping an impossible day.</summary>
public static partial class LenientDate
{
    /// <summary>Reads <paramref name="text"/> leniently; null when not even this reading accepts it; <paramref name="clamped"/> says a day past the month's end was clamped.</summary>
    public static DateTime? Read(string? text, out bool clamped)
    {
        clamped = false;
        var match = text is null ? null : Pattern().Match(text);
        if (match is null || !match.Success)
        {
            return null;
        }

        var month = Number(match, "m");
        var day = Number(match, "d");
        var yearText = match.Groups["y"].Value;
        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        if (yearText.Length == 2)
        {
            year += year < 50 ? 2000 : 1900;
        }

        var (hour, minute, second) = (Number(match, "h"), Number(match, "min"), Number(match, "s"));
        var meridiem = match.Groups["ap"].Value.ToUpperInvariant();
        if (meridiem.Length > 0)
        {
            if (hour < 1 || hour > 12)
            {
                return null;
            }

            hour = hour % 12 + (meridiem == "PM" ? 12 : 0);
        }

        if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59 || year < 1 || year > 9999)
        {
            return null;
        }

        clamped = day > DateTime.DaysInMonth(year, month);
        return new DateTime(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)), hour, minute, second, DateTimeKind.Unspecified);
    }

    private static int Number(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^\s*(?<m>\d{1,2})[-/](?<d>\d{1,2})[-/](?<y>\d{4}|\d{2})(\s+(?<h>\d{1,2}):(?<min>\d{2})(:(?<s>\d{2}))?(\s*(?<ap>AM|PM))?)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
