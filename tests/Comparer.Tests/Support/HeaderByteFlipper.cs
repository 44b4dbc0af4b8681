using System.Text;

namespace MailMig.Fidelity.Comparer.Tests.Support;

/// <summary>Flips one letter of a message's <c>Subject</c> (else <c>From</c>) header value in place, preferring text outside encoded words.</summary>
internal static class HeaderByteFlipper
{
    /// <summary>Flips one byte of the message whose headers start at <paramref name="start"/>; returns the projection field changed (<c>subject</c>, <c>from</c>) or null when it has neither header.</summary>
    public static string? Flip(byte[] bytes, int start)
    {
        foreach (var (name, field) in new[] { ("Subject:", "subject"), ("From:", "from") })
        {
            if (FindHeader(bytes, start, name) is { } value && FlipLetter(bytes, value.Start, value.End))
            {
                return field;
            }
        }

        return null;
    }

    private static (int Start, int End)? FindHeader(byte[] bytes, int start, string name)
    {
        var key = Encoding.ASCII.GetBytes(name);
        for (var line = start; line < bytes.Length;)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', line);
            end = end < 0 ? bytes.Length : end;
            var length = end - line - (end > line && bytes[end - 1] == '\r' ? 1 : 0);
            if (length == 0)
            {
                return null;
            }

            if (length >= key.Length && Encoding.ASCII.GetString(bytes, line, key.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return (line + key.Length, line + length);
            }

            line = end + 1;
        }

        return null;
    }

    private static bool FlipLetter(byte[] bytes, int start, int end)
    {
        var text = Encoding.Latin1.GetString(bytes, start, end - start);
        var outside = OutsideEncodedWords(text);
        var at = -1;
        for (var i = 0; i < text.Length && at < 0; i++)
        {
            if (outside[i] && char.IsAsciiLetter(text[i]))
            {
                at = i;
            }
        }

        for (var i = text.IndexOf("?=", StringComparison.Ordinal) - 1; at < 0 && i >= 0; i--)
        {
            if (char.IsAsciiLetter(text[i]))
            {
                at = i;
            }
        }

        if (at < 0)
        {
            return false;
        }

        var c = bytes[start + at];
        bytes[start + at] = c is (byte)'z' or (byte)'Z' ? (byte)(c - 25) : (byte)(c + 1);
        return true;
    }

    private static bool[] OutsideEncodedWords(string text)
    {
        var outside = Enumerable.Repeat(true, text.Length).ToArray();
        for (var open = text.IndexOf("=?", StringComparison.Ordinal); open >= 0; open = text.IndexOf("=?", open + 2, StringComparison.Ordinal))
        {
            var close = text.IndexOf("?=", open + 2, StringComparison.Ordinal);
            var endOfWord = close < 0 ? text.Length : close + 2;
            for (var i = open; i < endOfWord; i++)
            {
                outside[i] = false;
            }

            if (close < 0)
            {
                break;
            }
        }

        return outside;
    }
}
