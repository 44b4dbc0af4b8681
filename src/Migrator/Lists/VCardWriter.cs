using System.Text;

namespace MailMig.Fidelity.Migrator.Lists;

/*
 * A small vCard 4.0 writer (RFC 6350): no vCard library is served, and the Comparer has its own reader.
 * Lines end CR LF and are folded at 75 octets (a CR LF and one space, never inside a UTF-8 sequence);
 * text values escape backslash, comma, semicolon and line breaks (section 3.4). Only what the contacts
 * of docs/formats/personal-data.md need is written: BEGIN, VERSION, KIND, FN, N, EMAIL, MEMBER, NOTE,
 * and X-MAILMIG-* properties, in the order the caller adds them.
 */

/// <summary>Writes vCard 4.0 cards into one UTF-8 text.</summary>
public sealed class VCardWriter
{
    private const int MaxLineOctets = 75;
    private readonly StringBuilder _text = new();

    /// <summary>Starts a card of <paramref name="kind"/> (<c>individual</c> or <c>group</c>) named <paramref name="formattedName"/>.</summary>
    public void Begin(string kind, string formattedName)
    {
        Line("BEGIN:VCARD");
        Line("VERSION:4.0");
        Line("KIND:" + kind);
        Property("FN", formattedName);
    }

    /// <summary>Writes a text property, its value escaped.</summary>
    public void Property(string name, string value) => Line(name + ":" + Escape(value));

    /// <summary>Writes a URI property (EMAIL, MEMBER), its value as given (it must already be a valid URI or addr-spec).</summary>
    public void Uri(string name, string value) => Line(name + ":" + value);

    /// <summary>Ends the current card.</summary>
    public void End() => Line("END:VCARD");

    /// <summary>The cards written so far, as UTF-8 bytes.</summary>
    public byte[] ToBytes() => Encoding.UTF8.GetBytes(_text.ToString());

    /// <summary>A text value escaped as RFC 6350 section 3.4 says.</summary>
    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>A <c>mailto:</c> URI for <paramref name="addrSpec"/>, percent-encoding what RFC 3986 does not allow unencoded.</summary>
    public static string MailTo(string addrSpec)
    {
        var text = new StringBuilder("mailto:");
        foreach (var b in Encoding.UTF8.GetBytes(addrSpec))
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || "-._~!$&'*+=@".Contains(c, StringComparison.Ordinal)))
            {
                text.Append(c);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    // Folds at 75 octets: the continuation starts with one space, which unfolding removes.
    private void Line(string line)
    {
        var bytes = Encoding.UTF8.GetByteCount(line);
        if (bytes <= MaxLineOctets)
        {
            _text.Append(line).Append("\r\n");
            return;
        }

        var octets = 0;
        var limit = MaxLineOctets;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                _text.Append("\r\n ");
                octets = 0;
                limit = MaxLineOctets - 1;
            }

            _text.Append(line, i, length);
            octets += size;
            i += length - 1;
        }

        _text.Append("\r\n");
    }
}
