using System.Text;

namespace MailMig.Fidelity.CcMail.Text;

/*
 * docs/formats/output.md "Path segments are reversible and collision-free": a mailbox or folder name becomes
 * one path segment by percent-encoding (UTF-8) every byte outside a safe set, so percent-decoding always
 * gives the name back. Names a file system would refuse or misread (empty, dots, reserved device names,
 * a leading space or dot) get their first character encoded, a trailing space or dot its last; a name ending in an extension the
 * output itself uses (.eml, .mbox, .json, .tmp) gets that last dot encoded so it can never be mistaken for
 * a message, mbox, report or temporary file. Case collisions between siblings are SiblingSegments' job.
 * A segment longer than MaxSegmentBytes (file systems allow 255 bytes per name, and the outputs append up to
 * ".mbox.tmp") is shortened: a readable prefix, cut at a character boundary, then "%~" and 16 hex digits of the
 * SHA-256 of the name's UTF-8. "%~" appears in no other segment (a literal % is always %25), so a shortened
 * segment is recognisable; the full name stays in the message headers and the report, and the hash checks it.
 */

/// <summary>Encodes names as reversible file system path segments and decodes them back.</summary>
public static class PathSegments
{
    /// <summary>The segment written for an empty name (a lone <c>%</c>, which no other name gives).</summary>
    public const string Empty = "%";

    /// <summary>The longest segment written, in bytes: 255 less room for <c>.mbox.tmp</c>, rounded down.</summary>
    public const int MaxSegmentBytes = 240;

    /// <summary>What separates a shortened segment's prefix from its hash.</summary>
    public const string ShortenedMarker = "%~";

    private const int HashDigits = 16;
    private const string SafePunctuation = " -_.,'()&+!#$@=~;[]";
    private static readonly string[] OutputExtensions = [".eml", ".mbox", ".json", ".tmp"];

    /// <summary>How far a segment is encoded: the plain rules, plus upper-case letters, plus all letters (collision fallbacks).</summary>
    public enum Strength
    {
        /// <summary>Only the bytes and positions the base rules name.</summary>
        Plain,

        /// <summary>Upper-case ASCII letters too.</summary>
        UpperLetters,

        /// <summary>Every ASCII letter too.</summary>
        AllLetters,

        /// <summary>Every byte.</summary>
        Everything,
    }

    /// <summary>The segment for <paramref name="name"/> at <paramref name="strength"/>, with its first <paramref name="leadingBytes"/> bytes encoded too.</summary>
    public static string Encode(string name, Strength strength = Strength.Plain, int leadingBytes = 0)
    {
        if (name.Length == 0)
        {
            return Empty;
        }

        var bytes = Encoding.UTF8.GetBytes(name);
        var encode = new bool[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var letter = b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z';
            encode[i] = strength switch
            {
                Strength.Everything => true,
                Strength.AllLetters when letter => true,
                Strength.UpperLetters when b is >= (byte)'A' and <= (byte)'Z' => true,
                _ => !(letter || b is >= (byte)'0' and <= (byte)'9' || (b < 0x80 && SafePunctuation.Contains((char)b))),
            };
        }

        for (var i = 0; i < Math.Min(leadingBytes, bytes.Length); i++)
        {
            encode[i] = true;
        }

        if (NeedsFirstEncoded(name))
        {
            encode[0] = true;
        }

        if (name[^1] is ' ' or '.')
        {
            encode[^1] = true;
        }

        var dot = name.LastIndexOf('.');
        if (dot > 0 && OutputExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            encode[Encoding.UTF8.GetByteCount(name.AsSpan(0, dot))] = true;
        }

        var builder = new StringBuilder(bytes.Length + 8);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (encode[i])
            {
                builder.Append('%').Append(bytes[i].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append((char)bytes[i]);
            }
        }

        return builder.Length > MaxSegmentBytes ? Shorten(builder.ToString(), name) : builder.ToString();
    }

    /// <summary>Whether <paramref name="segment"/> was shortened (its name is in the headers and the report, not in the segment).</summary>
    public static bool IsShortened(string segment) => segment.Contains(ShortenedMarker, StringComparison.Ordinal);

    /// <summary>The hash part of a shortened segment of <paramref name="name"/>: 16 lower-case hex digits of the SHA-256 of its UTF-8.</summary>
    public static string NameHash(string name) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..HashDigits];

    // Cut the encoded segment where a character starts (a literal byte, or %XX that is not a UTF-8 continuation byte).
    private static string Shorten(string encoded, string name)
    {
        var room = MaxSegmentBytes - ShortenedMarker.Length - HashDigits - 2;
        var cut = 0;
        while (cut < encoded.Length)
        {
            var next = cut + (encoded[cut] == '%' ? 3 : 1);
            while (next < encoded.Length && encoded[next] == '%' && Convert.ToByte(encoded.Substring(next + 1, 2), 16) is >= 0x80 and < 0xC0)
            {
                next += 3;
            }

            if (next > room)
            {
                break;
            }

            cut = next;
        }

        var prefix = encoded[..cut];

        // The prefix must not end in a space or dot (file systems trim them): encode that last one.
        if (prefix.Length > 0 && prefix[^1] is ' ' or '.')
        {
            prefix = prefix[..^1] + "%" + ((byte)prefix[^1]).ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
        }

        return prefix + ShortenedMarker + NameHash(name);
    }

    /// <summary>The name <paramref name="segment"/> was encoded from (for a shortened segment, its readable prefix and the <c>%~hash</c> as written).</summary>
    public static string Decode(string segment)
    {
        if (segment == Empty)
        {
            return "";
        }

        var bytes = new List<byte>(segment.Length);
        for (var i = 0; i < segment.Length; i++)
        {
            if (segment[i] == '%' && i + 2 < segment.Length && char.IsAsciiHexDigit(segment[i + 1]) && char.IsAsciiHexDigit(segment[i + 2]))
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

    private static bool NeedsFirstEncoded(string name) => name[0] is ' ' or '.' || ReservedNames.IsDevice(name);
}
