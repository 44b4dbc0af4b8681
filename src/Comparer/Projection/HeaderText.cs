using MimeKit;

namespace MailMig.Fidelity.Comparer.Projection;

/*
 * Header.Value runs every value through MimeKit's RFC 2047 decoder and unfolds the result, which
 * was a large part of the cost of reading a message although the headers the reader looks up are
 * almost always plain ASCII. For such a value (printable ASCII, tab, CR and LF only, and no "=?",
 * so no encoded word) the decoder gives the bytes back as they are, and the value is just that
 * text unfolded: white space trimmed at both ends and every CR and LF dropped. Anything else is
 * left to Header.Value, so the result is always the same as Header.Value's.
 */

/// <summary>Gives a header's decoded value as <see cref="Header.Value"/> does, without the RFC 2047 decoder for plain ASCII values.</summary>
internal static class HeaderText
{
    /// <summary>The value of <paramref name="header"/>, equal to <c>header.Value</c>.</summary>
    public static string ValueOf(Header header)
    {
        var raw = header.RawValue;
        return IsPlain(raw) ? Unfold(raw) : header.Value;
    }

    /// <summary>Whether <paramref name="raw"/> holds only printable ASCII, tab, CR and LF, and no encoded word's start.</summary>
    internal static bool IsPlain(ReadOnlySpan<byte> raw)
    {
        foreach (var b in raw)
        {
            if (b is > 0x7e or (< 0x20 and not ((byte)'\t' or (byte)'\r' or (byte)'\n')))
            {
                return false;
            }
        }

        return raw.IndexOf("=?"u8) < 0;
    }

    // Trims white space at both ends and drops every CR and LF, as MimeKit's Header.Unfold does.
    private static string Unfold(ReadOnlySpan<byte> raw)
    {
        var start = 0;
        while (start < raw.Length && IsWhiteSpace(raw[start]))
        {
            start++;
        }

        var end = raw.Length;
        while (end > start && IsWhiteSpace(raw[end - 1]))
        {
            end--;
        }

        var text = raw[start..end];
        var breaks = text.Count((byte)'\r') + text.Count((byte)'\n');
        if (breaks == 0)
        {
            return System.Text.Encoding.ASCII.GetString(text);
        }

        Span<char> chars = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var count = 0;
        foreach (var b in text)
        {
            if (b is not ((byte)'\r' or (byte)'\n'))
            {
                chars[count++] = (char)b;
            }
        }

        return new string(chars[..count]);
    }

    private static bool IsWhiteSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';
}
