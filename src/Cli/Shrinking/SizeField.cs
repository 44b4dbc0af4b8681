/*
 * A size or count written in an export line (Message: 1873, Contents: 2, Text item: 42). A shrunk
 * file recomputes it from what it now delimits, but a field that was wrong in the original stays
 * wrong by the same delta, and one written as spaces (KB Q287056) stays spaces: the quirk may be
 * the very thing a candidate fails on.
 */
using System.Globalization;
using System.Text;

namespace MailMig.Fidelity.Cli.Shrinking;

/// <summary>A number in a line: the bytes around it, how far the original was off, and whether it was written as spaces.</summary>
/// <param name="Before">The line's bytes up to the number (keyword, colon, padding).</param>
/// <param name="Written">The number's bytes as written (digits, or the spaces that stood for it).</param>
/// <param name="After">The line's bytes after the number.</param>
/// <param name="Delta">The written value minus the true value of the original (0 when it was right).</param>
public sealed record SizeField(byte[] Before, byte[] Written, byte[] After, long Delta)
{
    /// <summary>Whether the number was written as spaces (or not at all).</summary>
    public bool IsBlank => Written.All(b => b == (byte)' ');

    /// <summary>The value as written, or null when it was spaces.</summary>
    public long? Value => IsBlank ? null : long.Parse(Encoding.ASCII.GetString(Written), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Reads the first run of digits (or of spaces after the colon) in <paramref name="text"/>, given the true value <paramref name="truth"/>.</summary>
    public static SizeField Parse(byte[] text, int from, long truth)
    {
        var start = from;
        while (start < text.Length && text[start] == (byte)' ')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && text[end] is >= (byte)'0' and <= (byte)'9')
        {
            end++;
        }

        if (end == start)
        {
            // All spaces (or nothing): the whole padding is the field.
            return new SizeField(text[..from], text[from..start], text[start..], 0);
        }

        var written = text[start..end];
        var field = new SizeField(text[..start], written, text[end..], 0);
        return field with { Delta = field.Value!.Value - truth };
    }

    /// <summary>The line's bytes for the true value <paramref name="truth"/>: the same delta as the original, spaces kept as spaces.</summary>
    public byte[] Render(long truth)
    {
        var number = IsBlank ? Written : Encoding.ASCII.GetBytes(Math.Max(0, truth + Delta).ToString(CultureInfo.InvariantCulture));
        return [.. Before, .. number, .. After];
    }
}
