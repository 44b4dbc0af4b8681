using System.Text;

namespace MailMig.Fidelity.Migrator.Addresses;

/*
 * IMCEA encapsulation (MS-OXCMAIL 2.1.3.1.8, 2.2.3.1.2; KB Q241874, Q271575): a non-SMTP address travels
 * in MIME as IMCEA<type>-<encoded address>@<domain>. In the encoded address letters, digits, '-' and '='
 * stay, '/' becomes '_' and every other UTF-8 octet becomes '+XX'. The type is encoded the same way except
 * that '-' is encoded too ('+2D'), so the first '-' always ends the type and decoding is unambiguous.
 */

/// <summary>Encodes and decodes IMCEA-encapsulated addresses (<c>IMCEACCMAIL-Smith+2C+20Grover@domain</c>).</summary>
public static class ImceaEncoding
{
    /// <summary>The prefix Exchange 5.5 requires in upper case (KB Q271575).</summary>
    public const string Prefix = "IMCEA";

    /// <summary>The addr-spec that carries (<paramref name="type"/>, <paramref name="address"/>) under <paramref name="domain"/>.</summary>
    public static string Encode(string type, string address, string domain)
    {
        var builder = new StringBuilder(Prefix.Length + type.Length + address.Length * 2 + domain.Length + 2);
        builder.Append(Prefix);
        EncodePart(builder, type, isType: true);
        builder.Append('-');
        EncodePart(builder, address, isType: false);
        builder.Append('@').Append(domain);
        return builder.ToString();
    }

    /// <summary>Decodes an IMCEA addr-spec back to its type and address; false when <paramref name="addrSpec"/> is not one.</summary>
    public static bool TryDecode(string addrSpec, out string type, out string address, out string domain)
    {
        type = address = domain = "";
        var at = addrSpec.LastIndexOf('@');
        if (at < 0 || !addrSpec.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var local = addrSpec.AsSpan(Prefix.Length, at - Prefix.Length);
        var dash = local.IndexOf('-');
        if (dash < 0
            || !TryDecodePart(local[..dash], out var decodedType)
            || !TryDecodePart(local[(dash + 1)..], out var decodedAddress))
        {
            return false;
        }

        type = decodedType;
        address = decodedAddress;
        domain = addrSpec[(at + 1)..];
        return true;
    }

    private static void EncodePart(StringBuilder builder, string text, bool isType)
    {
        Span<byte> buffer = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value == '=' || (!isType && rune.Value == '-')))
            {
                builder.Append((char)rune.Value);
            }
            else if (rune.Value == '/' && !isType)
            {
                builder.Append('_');
            }
            else
            {
                var length = rune.EncodeToUtf8(buffer);
                for (var i = 0; i < length; i++)
                {
                    builder.Append('+').Append(buffer[i].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
    }

    private static bool TryDecodePart(ReadOnlySpan<char> text, out string decoded)
    {
        decoded = "";
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '+')
            {
                if (i + 2 >= text.Length)
                {
                    return false;
                }

                if (!byte.TryParse(text.Slice(i + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var b))
                {
                    return false;
                }

                bytes.Add(b);
                i += 2;
            }
            else if (c == '_')
            {
                bytes.Add((byte)'/');
            }
            else if (c < 0x80)
            {
                bytes.Add((byte)c);
            }
            else
            {
                return false;
            }
        }

        try
        {
            decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.ToArray());
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
