using System.Globalization;

namespace MailMig.Fidelity.Comparer.Projection;

/*
 * The Comparer's own reader of an RFC 5322 date-time (section 3.3, with the obsolete forms of
 * 4.3: two- and three-digit years, zone names, comments). It is the fallback behind MimeKit's
 * DateUtils.TryParse, which returns false for valid dates of early years such as
 * "Mon, 01 Jan 1900 10:00:00 +0000" and "Sun, 1 Jan 1950 00:00:00 +0000": cc:Mail data holds
 * such dates (clamped and legacy ones), and calling them unreadable would be a false difference.
 * The day of the week, when written, must be a day name but is not checked against the date.
 */

/// <summary>Reads an RFC 5322 <c>date-time</c> (obsolete forms included) into a <see cref="DateTimeOffset"/>.</summary>
public static class Rfc5322Date
{
    private static readonly string[] Days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Parses <paramref name="text"/>; false when it is not a valid date-time.</summary>
    public static bool TryParse(string? text, out DateTimeOffset date)
    {
        date = default;
        if (text is null || StripComments(text) is not { } plain)
        {
            return false;
        }

        var tokens = plain.Split([' ', '\t', '\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries);
        var at = 0;
        if (tokens.Length > 0 && Array.IndexOf(Days, tokens[0].ToLowerInvariant()) >= 0)
        {
            at = 1;
        }

        if (tokens.Length - at != 5)
        {
            return false;
        }

        return TryDay(tokens[at], out var day)
            && TryMonth(tokens[at + 1], out var month)
            && TryYear(tokens[at + 2], out var year)
            && TryTime(tokens[at + 3], out var time)
            && TryZone(tokens[at + 4], out var offset)
            && TryCompose(year, month, day, time, offset, out date);
    }

    private static string? StripComments(string text)
    {
        var plain = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0)
            {
                plain.Append(c);
            }
        }

        return depth == 0 ? plain.ToString() : null;
    }

    private static bool TryDay(string token, out int day) =>
        Digits(token, out day) && token.Length <= 2 && day >= 1;

    private static bool TryMonth(string token, out int month)
    {
        month = Array.IndexOf(Months, token.ToLowerInvariant()) + 1;
        return month > 0;
    }

    private static bool TryYear(string token, out int year)
    {
        if (!Digits(token, out year) || token.Length < 2)
        {
            return false;
        }

        if (token.Length == 2)
        {
            year += year < 50 ? 2000 : 1900;
        }
        else if (token.Length == 3)
        {
            year += 1900;
        }

        return year is >= 1 and <= 9999;
    }

    private static bool TryTime(string token, out TimeSpan time)
    {
        time = default;
        var parts = token.Split(':');
        if (parts.Length is < 2 or > 3 || parts.Any(p => p.Length != 2))
        {
            return false;
        }

        var second = 0;
        if (!Digits(parts[0], out var hour) || !Digits(parts[1], out var minute) || (parts.Length == 3 && !Digits(parts[2], out second)))
        {
            return false;
        }
        // A leap second (60) is read as 59, as .NET cannot hold it.
        if (hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        time = new TimeSpan(hour, minute, Math.Min(second, 59));
        return true;
    }

    private static bool TryZone(string token, out TimeSpan offset)
    {
        offset = default;
        if (token.Length == 5 && token[0] is '+' or '-' && Digits(token[1..3], out var hours) && Digits(token[3..], out var minutes) && minutes < 60 && hours < 100)
        {
            offset = new TimeSpan(hours, minutes, 0) * (token[0] == '-' ? -1 : 1);
            return Math.Abs(offset.TotalHours) <= 14;
        }

        int? named = token.ToUpperInvariant() switch
        {
            "UT" or "GMT" or "Z" => 0,
            "EDT" => -4,
            "EST" or "CDT" => -5,
            "CST" or "MDT" => -6,
            "MST" or "PDT" => -7,
            "PST" => -8,
            // Other military zones mean "unknown" (RFC 5322 4.3): read as -0000.
            { Length: 1 } letter when char.IsAsciiLetter(letter[0]) && letter[0] != 'J' => 0,
            _ => null,
        };
        offset = TimeSpan.FromHours(named ?? 0);
        return named is not null;
    }

    private static bool TryCompose(int year, int month, int day, TimeSpan time, TimeSpan offset, out DateTimeOffset date)
    {
        date = default;
        if (day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var local = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified) + time;
        var utc = local - offset;
        if (utc < DateTime.MinValue.AddDays(1) || utc > DateTime.MaxValue.AddDays(-1))
        {
            return false;
        }

        date = new DateTimeOffset(local, offset);
        return true;
    }

    private static bool Digits(string token, out int value)
    {
        value = 0;
        return token.Length is > 0 and <= 4 && token.All(char.IsAsciiDigit)
            && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
