using System.Runtime.CompilerServices;

namespace MailMig.Fidelity.Comparer.Truth;

/*
 * The one date form a generator writes (2024-05-01T09:30:00Z) read from its bytes without making a
 * string. Anything else, a date out of range included, is left to DateTimeOffset.TryParse, so
 * the result is always what parsing the text would give.
 */

/// <summary>Reads <c>yyyy-MM-ddTHH:mm:ssZ</c> from UTF-8 bytes as <see cref="DateTimeOffset.TryParse(string, IFormatProvider, System.Globalization.DateTimeStyles, out DateTimeOffset)"/> would.</summary>
internal static class ManifestDates
{
    /// <summary>True with the date when <paramref name="text"/> is exactly <c>yyyy-MM-ddTHH:mm:ssZ</c> with every part in range; false for any other text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParseUtc(ReadOnlySpan<byte> text, out DateTimeOffset date)
    {
        date = default;
        if (text.Length != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z')
        {
            return false;
        }

        var (year, month, day) = (Number(text, 0, 4), Number(text, 5, 2), Number(text, 8, 2));
        var (hour, minute, second) = (Number(text, 11, 2), Number(text, 14, 2), Number(text, 17, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59)
        {
            return false;
        }

        date = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        return true;
    }

    // The decimal number in text[start..start+length], or -1 when a byte there is not a digit.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Number(ReadOnlySpan<byte> text, int start, int length)
    {
        var value = 0;
        foreach (var b in text.Slice(start, length))
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return -1;
            }

            value = (value * 10) + (b - '0');
        }

        return value;
    }
}
