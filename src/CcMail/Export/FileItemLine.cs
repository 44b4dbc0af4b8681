using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.CcMail.Export;

/// <summary>The parts of a <c>File item:</c> value: size token, name and the date and time written after it.</summary>
/// <param name="SizeToken">The first token (the size), without the spaces before it.</param>
/// <param name="LeadingSpaces">How many spaces stood before the size token.</param>
/// <param name="Name">The name: exactly the text between the size and the date, spaces included.</param>
/// <param name="DateText">The date and time as written, or null when either was missing (then nothing was stripped from the name).</param>
internal readonly record struct FileItemLine(string SizeToken, int LeadingSpaces, string Name, string? DateText)
{
    /*
     * The split rule of the reference grammar (KB Q186216 for M/D/YY, Q192700 for "-" dates): the
     * first token is the size; from the end, the time is the last token or the last two when the
     * last is AM/PM; the date is the token before it when it has the shape of a date; the name is
     * what lies between, with one separating space on each side. When the date or the time is
     * missing nothing is stripped: "Att.txt 9-11-1998" stays the name, as the Wizard produced it.
     */

    /// <summary>Splits the value of a <c>File item:</c> line (after the colon and its one space).</summary>
    public static FileItemLine Split(string value)
    {
        var lead = 0;
        while (lead < value.Length && value[lead] == ' ')
        {
            lead++;
        }

        var rest = value.AsSpan(lead);
        var space = rest.IndexOf(' ');
        if (space < 0)
        {
            return new FileItemLine(rest.ToString(), lead, "", null);
        }

        var size = rest[..space].ToString();
        var tail = rest[(space + 1)..];
        var dateStart = DateStart(tail);
        if (dateStart < 0)
        {
            return new FileItemLine(size, lead, tail.ToString(), null);
        }

        var name = dateStart == 0 ? "" : tail[..(dateStart - 1)].ToString();
        return new FileItemLine(size, lead, name, tail[dateStart..].TrimEnd(' ').ToString());
    }

    /// <summary>Writes the value of a <c>File item:</c> line for these parts.</summary>
    public static string Join(long size, string name, string? dateText) =>
        dateText is null ? $"{size} {name}" : $"{size} {name} {dateText}";

    private static int DateStart(ReadOnlySpan<char> tail)
    {
        var end = tail.TrimEnd(' ').Length;
        var lastStart = TokenStart(tail, end);
        var last = tail[lastStart..end];
        int timeStart;
        if (CcDateParser.IsMeridiem(last))
        {
            var timeEnd = tail[..lastStart].TrimEnd(' ').Length;
            timeStart = TokenStart(tail, timeEnd);
            if (timeEnd == 0 || !CcDateParser.IsTimeToken(tail[timeStart..timeEnd]))
            {
                return -1;
            }
        }
        else if (CcDateParser.IsTimeToken(last))
        {
            timeStart = lastStart;
        }
        else
        {
            return -1;
        }

        var dateEnd = tail[..timeStart].TrimEnd(' ').Length;
        var dateStart = TokenStart(tail, dateEnd);
        return dateEnd > 0 && dateEnd < timeStart && CcDateParser.IsDateToken(tail[dateStart..dateEnd]) ? dateStart : -1;
    }

    private static int TokenStart(ReadOnlySpan<char> text, int end) => text[..end].LastIndexOf(' ') + 1;
}
