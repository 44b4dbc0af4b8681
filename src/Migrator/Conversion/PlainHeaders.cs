using System.Text;
using MimeKit;

namespace MailMig.Fidelity.Migrator.Conversion;

/*
 * Every message carries a dozen headers whose values are short printable ASCII (Date, Message-Id, Importance, the
 * X-MailMig-* headers, most subjects). MimeKit's encoder writes such a value as it is, on one line, yet costs about half a
 * microsecond and a kilobyte per header; here such a header is parsed from its bytes instead. What counts as plain is
 * narrow on purpose (tests compare every header made here with MimeKit's own on random values); anything else goes to
 * MimeKit, so the output stays byte-identical.
 */

/// <summary>Makes headers exactly as <c>new Header(Encoding.UTF8, field, value)</c> would, without the encoder for plain values.</summary>
internal static class PlainHeaders
{
    // MimeKit folds lines longer than FormatOptions.MaxLineLength (78); a shorter limit leaves a margin.
    private const int MaxLine = 76;

    private static readonly byte[] NewLine = FormatOptions.Default.NewLineFormat == NewLineFormat.Dos ? "\r\n"u8.ToArray() : "\n"u8.ToArray();

    /// <summary>The header <paramref name="field"/>: <paramref name="value"/>.</summary>
    public static Header Create(string field, string value)
    {
        if (!IsPlain(field, value))
        {
            return new Header(Encoding.UTF8, field, value);
        }

        var bytes = new byte[field.Length + 2 + value.Length + NewLine.Length];
        var written = Encoding.ASCII.GetBytes(field, bytes);
        bytes[written++] = (byte)':';
        bytes[written++] = (byte)' ';
        written += Encoding.ASCII.GetBytes(value, bytes.AsSpan(written));
        NewLine.CopyTo(bytes, written);
        return Header.TryParse(bytes, out var header) ? header : new Header(Encoding.UTF8, field, value);
    }

    /// <summary>The header <paramref name="id"/>: <paramref name="value"/>.</summary>
    public static Header Create(HeaderId id, string value) => Create(id.ToHeaderName(), value);

    // One line of printable ASCII, no space at either end, nothing that looks like an encoded word.
    private static bool IsPlain(string field, string value)
    {
        if (value.Length == 0 || field.Length + 2 + value.Length > MaxLine || value[0] == ' ' || value[^1] == ' ' || value.Contains("=?", StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c > '~' || c < ' ')
            {
                return false;
            }
        }

        return true;
    }
}
