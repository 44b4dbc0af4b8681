using System.Buffers;
using System.Text;

namespace MailMig.Fidelity.Comparer.Projection;

/*
 * MimeKit's address parser (behind MimeMessage.From/To/Cc/Bcc) was the largest cost of reading a
 * message, for headers that are nearly always the plain form a migrator writes:
 *
 *     "Display, Name" <local@domain>, Plain Phrase <local@domain>, local@domain
 *
 * This reads exactly that form and nothing else: ASCII only; a name that is one quoted string
 * (no backslash, no line break) or words of atom characters separated by single spaces; an
 * address that is a dot-atom, '@' and a dot-atom (no IDN "xn--" label); items separated by
 * commas, with white space and line folds between them. For such text MimeKit gives the same
 * names and addresses; anything else (comments, groups, encoded words, routes, escapes) makes
 * TryRead return false, and the caller leaves the header to MimeKit.
 */

/// <summary>Reads a header value holding a plain address list (quoted or atom names, dot-atom addresses) without MimeKit's parser.</summary>
internal static class PlainAddressList
{
    // RFC 5322 atext: letters, digits and !#$%&'*+-/=?^_`{|}~.
    private const string AtomText = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-/=?^_`{|}~";

    private static readonly SearchValues<byte> DotAtomBytes = SearchValues.Create(Encoding.ASCII.GetBytes(AtomText + "."));

    private static readonly SearchValues<byte> PhraseBytes = SearchValues.Create(Encoding.ASCII.GetBytes(AtomText.Replace("=", "", StringComparison.Ordinal).Replace("?", "", StringComparison.Ordinal) + " "));

    /// <summary>Adds the addresses of <paramref name="raw"/> to <paramref name="addresses"/>; false (and nothing added) when it is not a plain address list.</summary>
    public static bool TryRead(ReadOnlySpan<byte> raw, List<ProjectedAddress> addresses)
    {
        var before = addresses.Count;
        var rest = raw;
        while (true)
        {
            rest = rest.TrimStart(" \t\r\n"u8);
            var comma = IndexOfItemEnd(rest);
            if (comma == -2 || !TryReadItem(rest[..(comma < 0 ? rest.Length : comma)], addresses))
            {
                addresses.RemoveRange(before, addresses.Count - before);
                return false;
            }

            if (comma < 0)
            {
                return true;
            }

            rest = rest[(comma + 1)..];
        }
    }

    // The index of the comma that ends the item at the start of text, -1 for none, -2 when a quote is not closed.
    private static int IndexOfItemEnd(ReadOnlySpan<byte> text)
    {
        if (text.Length == 0 || text[0] != '"')
        {
            return text.IndexOf((byte)',');
        }

        var close = text[1..].IndexOf((byte)'"');
        if (close < 0)
        {
            return -2;
        }

        var comma = text[(close + 2)..].IndexOf((byte)',');
        return comma < 0 ? -1 : close + 2 + comma;
    }

    private static bool TryReadItem(ReadOnlySpan<byte> item, List<ProjectedAddress> addresses)
    {
        item = item.TrimEnd(" \t\r\n"u8);
        var open = item.IndexOf((byte)'<');
        if (open < 0)
        {
            return TryAdd(null, item, addresses);
        }

        if (item[^1] != '>')
        {
            return false;
        }

        var name = item[..open].TrimEnd(" \t\r\n"u8);
        string? displayName;
        if (name.Length >= 2 && name[0] == '"' && name[^1] == '"' && IsQuotedText(name[1..^1]))
        {
            displayName = Encoding.ASCII.GetString(name[1..^1]);
        }
        else if (IsPhrase(name))
        {
            displayName = name.Length == 0 ? null : Encoding.ASCII.GetString(name);
        }
        else
        {
            return false;
        }

        return TryAdd(displayName, item[(open + 1)..^1], addresses);
    }

    private static bool TryAdd(string? displayName, ReadOnlySpan<byte> address, List<ProjectedAddress> addresses)
    {
        var at = address.IndexOf((byte)'@');
        if (at < 0 || !IsDotAtom(address[..at]) || !IsDotAtom(address[(at + 1)..]) || ContainsIdnLabel(address[(at + 1)..]))
        {
            return false;
        }

        addresses.Add(ProjectedAddress.FromSmtp(displayName, Encoding.ASCII.GetString(address)));
        return true;
    }

    // Printable ASCII without quote, backslash or '=' (no encoded word), with no space at either end and no two together.
    private static bool IsQuotedText(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (b is < 0x20 or > 0x7e or (byte)'"' or (byte)'\\' or (byte)'=')
            {
                return false;
            }
        }

        return text.Length == 0 || (text[0] != ' ' && text[^1] != ' ' && text.IndexOf("  "u8) < 0);
    }

    // Atoms (without '=' and '?') separated by single spaces, or nothing.
    private static bool IsPhrase(ReadOnlySpan<byte> text) =>
        text.Length == 0 || (text.IndexOfAnyExcept(PhraseBytes) < 0 && text[0] != ' ' && text[^1] != ' ' && text.IndexOf("  "u8) < 0);

    private static bool IsDotAtom(ReadOnlySpan<byte> text) =>
        text.Length > 0 && text.IndexOfAnyExcept(DotAtomBytes) < 0 && text[0] != '.' && text[^1] != '.' && text.IndexOf(".."u8) < 0;

    private static bool ContainsIdnLabel(ReadOnlySpan<byte> domain)
    {
        for (var i = domain.IndexOf((byte)'-'); i >= 0 && i + 1 < domain.Length; i = NextDash(domain, i))
        {
            if (i >= 2 && domain[i + 1] == '-' && (domain[i - 2] | 0x20) == 'x' && (domain[i - 1] | 0x20) == 'n')
            {
                return true;
            }
        }

        return false;
    }

    private static int NextDash(ReadOnlySpan<byte> text, int from)
    {
        var next = text[(from + 1)..].IndexOf((byte)'-');
        return next < 0 ? -1 : from + 1 + next;
    }
}
