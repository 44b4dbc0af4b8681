using System.Text;

namespace MailMig.Fidelity.Comparer.Output;

/*
 * The oracle's own vCard reader, written from RFC 6350 (never the Migrator's writer, docs/architecture.md):
 * lines end CR LF or LF; a line starting with a space or tab continues the previous one (the first
 * white-space character is removed); a property is [group.]name[;params]:value, the name compared
 * upper-cased; text values are unescaped (\\ \, \; \n \N). Lenient: a line without a colon, a property
 * outside BEGIN/END or a card without END is a problem listed beside the cards, never an exception.
 */

/// <summary>Reads vCard text into cards and problems.</summary>
public static class VCardReader
{
    /// <summary>The cards of <paramref name="text"/> and the problems found, each naming its line.</summary>
    public static (IReadOnlyList<VCard> Cards, IReadOnlyList<string> Problems) Read(string text)
    {
        var cards = new List<VCard>();
        var problems = new List<string>();
        List<(string, string)>? current = null;
        var begin = 0;
        foreach (var (line, number) in Unfold(text))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                problems.Add($"line {number}: no ':' in '{line}'");
                continue;
            }

            var name = PropertyName(line[..colon]);
            var value = line[(colon + 1)..];
            if (name == "BEGIN" && value.Equals("VCARD", StringComparison.OrdinalIgnoreCase))
            {
                if (current is not null)
                {
                    problems.Add($"line {begin}: a card without END:VCARD");
                }

                current = [];
                begin = number;
            }
            else if (name == "END" && value.Equals("VCARD", StringComparison.OrdinalIgnoreCase) && current is not null)
            {
                cards.Add(new VCard(current, begin));
                current = null;
            }
            else if (current is null)
            {
                problems.Add($"line {number}: '{name}' outside a card");
            }
            else
            {
                current.Add((name, Unescape(value)));
            }
        }

        if (current is not null)
        {
            problems.Add($"line {begin}: a card without END:VCARD");
        }

        return (cards, problems);
    }

    /// <summary>A text value with RFC 6350's backslash escapes undone.</summary>
    public static string Unescape(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                text.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                text.Append(value[i]);
            }
        }

        return text.ToString();
    }

    // "item1.EMAIL;TYPE=work" -> "EMAIL"
    private static string PropertyName(string head)
    {
        var semicolon = head.IndexOf(';', StringComparison.Ordinal);
        var name = semicolon < 0 ? head : head[..semicolon];
        var dot = name.LastIndexOf('.');
        return (dot < 0 ? name : name[(dot + 1)..]).Trim().ToUpperInvariant();
    }

    private static IEnumerable<(string Line, int Number)> Unfold(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        StringBuilder? logical = null;
        var start = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (logical is not null && line.Length > 0 && line[0] is ' ' or '\t')
            {
                logical.Append(line, 1, line.Length - 1);
                continue;
            }

            if (logical is not null)
            {
                yield return (logical.ToString(), start);
            }

            logical = new StringBuilder(line);
            start = i + 1;
        }

        if (logical is not null)
        {
            yield return (logical.ToString(), start);
        }
    }
}
