using System.Globalization;

namespace MailMig.Fidelity.CcMail.Text;

/*
 * cc:Mail dates follow the Windows locale of the exporting machine (KB Q180641): M/D or D/M,
 * one or two digits, "/" or "-" (KB Q186216, Q192700), two- or four-digit years (KB Q193745,
 * Q192595), 12-hour times with AM/PM or 24-hour times. The parser is hand-written over spans so a
 * header date costs no allocation, and it never consults the current culture or time zone: the
 * result is the post office's local time with DateTimeKind.Unspecified. Impossible dates
 * (2/31/99, KB Q233325) are rejected, never rolled over; with CcDateOptions.ClampDayToMonthEnd
 * (the Migrator's repair) a day past the month's end becomes its last day instead. Digits are
 * ASCII only: a full-width or other Unicode digit is not a date. This is the project's one
 * parser of the grammar; the readers and the Migrator both use it.
 */

/// <summary>Parses and writes cc:Mail dates and times (<c>M/D/YY h:mm AM</c> and the other forms of the reference grammar).</summary>
public static class CcDateParser
{
    /// <summary>Parses <paramref name="text"/> (a date, blanks, a time); false when it is not a valid date and time.</summary>
    public static bool TryParse(string? text, CcDateOptions? options, out DateTime value) => TryParse(text, options, out value, out _);

    /// <summary>Parses <paramref name="text"/> like <see cref="TryParse(string?, CcDateOptions?, out DateTime)"/>; <paramref name="clamped"/> says an impossible day was clamped (only with <see cref="CcDateOptions.ClampDayToMonthEnd"/>).</summary>
    public static bool TryParse(string? text, CcDateOptions? options, out DateTime value, out bool clamped)
    {
        value = default;
        clamped = false;
        if (text is null)
        {
            return false;
        }

        var s = text.AsSpan().Trim();
        var blank = s.IndexOfAny(' ', '\t');
        if (blank < 0 && options?.MidnightWhenTimeMissing == true && TryParseDateOnly(s, options, out var day, out clamped))
        {
            value = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
            return true;
        }

        if (blank < 0
            || !TryParseDateOnly(s[..blank], options, out var date, out clamped)
            || !TryParseTime(s[blank..].Trim(), out var time))
        {
            clamped = false;
            return false;
        }

        value = date.ToDateTime(time, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>Parses a date alone (<c>M/D/YY</c>, <c>MM-DD-YYYY</c>...); false when it is not a valid date.</summary>
    public static bool TryParseDateOnly(string text, CcDateOptions? options, out DateOnly value) =>
        TryParseDateOnly((text ?? "").AsSpan().Trim(), options, out value);

    /// <summary>Parses a date alone from a span; false when it is not a valid date.</summary>
    public static bool TryParseDateOnly(ReadOnlySpan<char> text, CcDateOptions? options, out DateOnly value) =>
        TryParseDateOnly(text, options, out value, out _);

    /// <summary>Parses a date alone from a span; <paramref name="clamped"/> says its day was past the month's end and was clamped.</summary>
    public static bool TryParseDateOnly(ReadOnlySpan<char> text, CcDateOptions? options, out DateOnly value, out bool clamped)
    {
        value = default;
        clamped = false;
        options ??= CcDateOptions.Default;
        if (!SplitDate(text, out var first, out var second, out var year, out var yearDigits))
        {
            return false;
        }

        var (month, day) = options.DayFirst ? (second, first) : (first, second);
        if (yearDigits == 2)
        {
            year += year < options.TwoDigitYearPivot ? 2000 : 1900;
        }

        if (year < 1 || month < 1 || month > 12 || day < 1)
        {
            return false;
        }

        var last = DateTime.DaysInMonth(year, month);
        if (day > last)
        {
            if (!options.ClampDayToMonthEnd)
            {
                return false;
            }

            (day, clamped) = (last, true);
        }

        value = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Parses a time alone (<c>h:mm AM</c>, <c>h:mm:ss PM</c>, <c>HH:mm</c>, <c>HH:mm:ss</c>); false when it is not a valid time.</summary>
    public static bool TryParseTime(string text, out TimeOnly value) => TryParseTime((text ?? "").AsSpan().Trim(), out value);

    /// <summary>Parses a time alone from a span; false when it is not a valid time.</summary>
    public static bool TryParseTime(ReadOnlySpan<char> text, out TimeOnly value)
    {
        value = default;
        var meridiem = MeridiemOf(text);
        if (meridiem != 0)
        {
            text = text[..^2].TrimEnd();
        }

        if (!SplitTime(text, out var hour, out var minute, out var second))
        {
            return false;
        }

        if (meridiem != 0)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = hour % 12 + (meridiem == 'P' ? 12 : 0);
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new TimeOnly(hour, minute, second);
        return true;
    }

    /// <summary>Whether <paramref name="token"/> has the shape of a date, <c>\d{1,2}[-/]\d{1,2}[-/](\d{2}|\d{4})</c>, valid or not.</summary>
    public static bool IsDateToken(ReadOnlySpan<char> token) => SplitDate(token, out _, out _, out _, out _);

    /// <summary>Whether <paramref name="token"/> has the shape of a time, <c>\d{1,2}:\d{2}(:\d{2})?</c>, optionally with AM/PM attached.</summary>
    public static bool IsTimeToken(ReadOnlySpan<char> token)
    {
        if (MeridiemOf(token) != 0)
        {
            token = token[..^2];
        }

        return SplitTime(token, out _, out _, out _);
    }

    /// <summary>Whether <paramref name="token"/> is <c>AM</c> or <c>PM</c> in any letter case.</summary>
    public static bool IsMeridiem(ReadOnlySpan<char> token) => token.Length == 2 && MeridiemOf(token) != 0;

    /// <summary>Writes <paramref name="value"/> as <c>MM/DD/YY h:mm AM</c>.</summary>
    public static string Format(DateTime value) => Format(value, CcDateStyle.Default);

    /// <summary>Writes <paramref name="value"/> as a date, a space and a time in <paramref name="style"/>.</summary>
    public static string Format(DateTime value, CcDateStyle style) => FormatDate(value, style) + " " + FormatTime(value, style);

    /// <summary>Writes the date of <paramref name="value"/> in <paramref name="style"/>, e.g. <c>9-11-1998</c>.</summary>
    public static string FormatDate(DateTime value, CcDateStyle style)
    {
        var pad = style.PadMonthDay ? "00" : "0";
        var month = value.Month.ToString(pad, CultureInfo.InvariantCulture);
        var day = value.Day.ToString(pad, CultureInfo.InvariantCulture);
        var year = style.FourDigitYear
            ? value.Year.ToString("0000", CultureInfo.InvariantCulture)
            : (value.Year % 100).ToString("00", CultureInfo.InvariantCulture);
        var (first, second) = style.DayFirst ? (day, month) : (month, day);
        return $"{first}{style.Separator}{second}{style.Separator}{year}";
    }

    /// <summary>Writes the time of <paramref name="value"/> in <paramref name="style"/>, e.g. <c>9:12 AM</c> or <c>21:12:05</c>.</summary>
    public static string FormatTime(DateTime value, CcDateStyle style)
    {
        var seconds = style.Seconds ? "':'ss" : "";
        var pattern = style.TwentyFourHour ? $"HH':'mm{seconds}" : $"h':'mm{seconds} tt";
        return value.ToString(pattern, CultureInfo.InvariantCulture);
    }

    private static char MeridiemOf(ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || (text[^1] | 0x20) != 'm')
        {
            return '\0';
        }

        return (text[^2] | 0x20) switch { 'a' => 'A', 'p' => 'P', _ => '\0' };
    }

    private static bool SplitDate(ReadOnlySpan<char> s, out int first, out int second, out int year, out int yearDigits)
    {
        first = second = year = yearDigits = 0;
        var at = 0;
        if (!ReadNumber(s, ref at, 1, 2, out first) || !ReadSeparator(s, ref at, '/', '-')
            || !ReadNumber(s, ref at, 1, 2, out second) || !ReadSeparator(s, ref at, '/', '-'))
        {
            return false;
        }

        var yearStart = at;
        if (!ReadNumber(s, ref at, 2, 4, out year))
        {
            return false;
        }

        yearDigits = at - yearStart;
        return yearDigits is 2 or 4 && at == s.Length;
    }

    private static bool SplitTime(ReadOnlySpan<char> s, out int hour, out int minute, out int second)
    {
        hour = minute = second = 0;
        var at = 0;
        if (!ReadNumber(s, ref at, 1, 2, out hour) || !ReadSeparator(s, ref at, ':', ':') || !ReadNumber(s, ref at, 2, 2, out minute))
        {
            return false;
        }

        if (at < s.Length && !(ReadSeparator(s, ref at, ':', ':') && ReadNumber(s, ref at, 2, 2, out second)))
        {
            return false;
        }

        return at == s.Length;
    }

    private static bool ReadSeparator(ReadOnlySpan<char> s, ref int at, char one, char other)
    {
        if (at < s.Length && (s[at] == one || s[at] == other))
        {
            at++;
            return true;
        }

        return false;
    }

    private static bool ReadNumber(ReadOnlySpan<char> s, ref int at, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        var start = at;
        while (at < s.Length && at - start < maxDigits && char.IsAsciiDigit(s[at]))
        {
            value = value * 10 + (s[at] - '0');
            at++;
        }

        return at - start >= minDigits && (at == s.Length || !char.IsAsciiDigit(s[at]));
    }
}
