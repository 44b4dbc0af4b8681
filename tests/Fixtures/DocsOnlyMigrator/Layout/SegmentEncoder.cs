// Why: output.md "Path segments are reversible and collision-free" turns a mailbox or folder name
// into one path segment by percent-encoding; this is that rule written from the doc, nothing else.
using System.Text;

namespace MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Layout;

/// <summary>Percent-encodes one name into a path segment, with an extra set of bytes forced to be encoded.</summary>
public static class SegmentEncoder
{
    private const string SafePunctuation = " -_.,'()&+!#$@=~;[]";
    private static readonly string[] ReservedSuffixes = [".eml", ".mbox", ".json", ".tmp"];

    /// <summary>Encodes <paramref name="name"/>; <paramref name="force"/> says which byte positions must be encoded too.</summary>
    public static string Encode(string name, Func<int, byte, bool> force)
    {
        var bytes = Encoding.UTF8.GetBytes(name);
        var mustEncode = new bool[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            mustEncode[i] = !IsSafe(bytes[i]) || force(i, bytes[i]);
        }

        MarkSpecialPositions(name, bytes, mustEncode);
        var text = new StringBuilder();
        for (var i = 0; i < bytes.Length; i++)
        {
            text.Append(mustEncode[i] ? $"%{bytes[i]:X2}" : ((char)bytes[i]).ToString());
        }

        return text.ToString();
    }

    /// <summary>Whether <paramref name="name"/> is a reserved device name: its part before the first dot, trailing white space removed.</summary>
    public static bool IsDeviceName(string name)
    {
        var dot = name.IndexOf('.');
        var stem = (dot < 0 ? name : name[..dot]).TrimEnd().ToUpperInvariant();
        if (stem is "CON" or "PRN" or "AUX" or "NUL")
        {
            return true;
        }

        return stem.Length == 4 && (stem.StartsWith("COM", StringComparison.Ordinal) || stem.StartsWith("LPT", StringComparison.Ordinal))
            && stem[3] >= '1' && stem[3] <= '9';
    }

    private static void MarkSpecialPositions(string name, byte[] bytes, bool[] mustEncode)
    {
        if (bytes.Length == 0)
        {
            return;
        }

        if (name[0] == ' ' || name[0] == '.' || IsDeviceName(name))
        {
            var firstCharBytes = Encoding.UTF8.GetByteCount(name[..(char.IsHighSurrogate(name[0]) && name.Length > 1 ? 2 : 1)]);
            for (var i = 0; i < firstCharBytes; i++)
            {
                mustEncode[i] = true;
            }
        }

        if (name[^1] == ' ' || name[^1] == '.')
        {
            mustEncode[^1] = true;
        }

        foreach (var suffix in ReservedSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                mustEncode[bytes.Length - suffix.Length] = true;
            }
        }
    }

    private static bool IsSafe(byte b) =>
        (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || (b < 0x80 && SafePunctuation.Contains((char)b));
}
