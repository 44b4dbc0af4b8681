using System.Text;

namespace MailMig.Fidelity.CcMail.Text;

/*
 * docs/formats/output.md "Path segments are reversible and collision-free": a mailbox or folder name becomes
 * one path segment by percent-encoding (UTF-8) every byte outside a safe set, so percent-decoding always
 * gives the name back. Names a file system would refuse or misread (empty, dots, reserved device names,
 * a leading space or dot) get their first character encoded, a trailing space or dot its last; a name ending in an extension the
 * output itself uses (.eml, .mbox, .json, .tmp) gets that last dot encoded so it can never be mistaken for
 * a message, mbox, report or temporary file. Case collisions between siblings are SiblingSegments' job.
 */

/// <summary>Encodes names as reversible file system path segments and decodes them back.</summary>
public static class PathSegments
{
    /// <summary>The segment written for an empty name (a lone <c>%</c>, which no other name gives).</summary>
    public const string Empty = "%";

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

        return builder.ToString();
    }

    /// <summary>The name <paramref name="segment"/> was encoded from.</summary>
    public static string Decode(string segment)
    {
        if (segment == Empty)
        {
            return "";
        }

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

    private static bool NeedsFirstEncoded(string name) => name[0] is ' ' or '.' || ReservedNames.IsDevice(name);
}
