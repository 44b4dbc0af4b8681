using System.Text;

namespace MailMig.Fidelity.Generator.Output;

/// <summary>Mailbox names as file names: the reversible, collision-free percent-encoding of docs/formats/output.md.</summary>
public static class PathSegments
{
    private const string Kept = " -_.,'()&+!#$@=~;[]";
    private static readonly string[] Reserved =
        ["CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
         "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"];

    /// <summary>The segment for <paramref name="name"/>: safe bytes kept, every other UTF-8 byte as <c>%XX</c>, risky first characters encoded.</summary>
    public static string Encode(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b < 0x80 && (char.IsAsciiLetterOrDigit((char)b) || Kept.Contains((char)b)))
            {
                builder.Append((char)b);
            }
            else
            {
                Percent(builder, b);
            }
        }

        var segment = builder.ToString();
        var stem = segment.Split('.')[0];
        var risky = segment.Length == 0 || segment is "." or ".." || segment[0] is ' ' or '.' || segment[^1] is ' ' or '.'
            || Reserved.Contains(stem, StringComparer.OrdinalIgnoreCase);
        if (!risky)
        {
            return segment;
        }

        // The contract encodes the first character, so "CON" becomes "%43ON" and ". x" becomes "%2E x".
        // A first character that is already an escape is encoded.
        return segment.Length == 0 || segment[0] == '%' ? segment : Percent(new StringBuilder(), (byte)segment[0]) + segment[1..];
    }

    /// <summary>Segments for sibling names in source order: a later name whose segment equals an earlier one ignoring case gets its letters encoded.</summary>
    public static IReadOnlyList<string> Assign(IEnumerable<string> names)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (var name in names)
        {
            var segment = Encode(name);
            if (!taken.Add(segment))
            {
                segment = EncodeLetters(segment, upperOnly: true);
                if (!taken.Add(segment))
                {
                    segment = EncodeLetters(segment, upperOnly: false);
                    taken.Add(segment);
                }
            }

            result.Add(segment);
        }

        return result;
    }

    /// <summary>The name a segment came from (percent-decoding as UTF-8).</summary>
    public static string Decode(string segment)
    {
        var bytes = new List<byte>(segment.Length);
        for (var i = 0; i < segment.Length; i++)
        {
            if (segment[i] == '%' && i + 2 < segment.Length)
            {
                bytes.Add(Convert.ToByte(segment.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(segment[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static string EncodeLetters(string segment, bool upperOnly)
    {
        var builder = new StringBuilder(segment.Length * 2);
        for (var i = 0; i < segment.Length; i++)
        {
            if (segment[i] == '%')
            {
                builder.Append(segment, i, 3);
                i += 2;
            }
            else if (upperOnly ? char.IsAsciiLetterUpper(segment[i]) : char.IsAsciiLetter(segment[i]))
            {
                Percent(builder, (byte)segment[i]);
            }
            else
            {
                builder.Append(segment[i]);
            }
        }

        return builder.ToString();
    }

    private static StringBuilder Percent(StringBuilder builder, byte b) =>
        builder.Append('%').Append(((int)b).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
}
