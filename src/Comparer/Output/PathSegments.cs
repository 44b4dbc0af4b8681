using System.Text;

namespace MailMig.Fidelity.Comparer.Output;

/// <summary>Decodes the percent-encoded path segments of the output layout (docs/formats/output.md) back to mailbox and folder names.</summary>
public static class PathSegments
{
    /// <summary>Percent-decodes <paramref name="segment"/> as UTF-8; a <c>%</c> not followed by two hex digits stays as written.</summary>
    public static string Decode(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (!segment.Contains('%', StringComparison.Ordinal))
        {
            return segment;
        }

        var bytes = new List<byte>(segment.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < segment.Length; i++)
        {
            if (segment[i] == '%' && i + 2 < segment.Length && char.IsAsciiHexDigit(segment[i + 1]) && char.IsAsciiHexDigit(segment[i + 2]))
            {
                bytes.Add(Convert.ToByte(segment.Substring(i + 1, 2), 16));
                i += 2;
                continue;
            }

            var length = char.IsSurrogatePair(segment, i)
                ? Encoding.UTF8.GetBytes(segment.AsSpan(i++, 2), utf8)
                : Encoding.UTF8.GetBytes(segment.AsSpan(i, 1), utf8);
            for (var b = 0; b < length; b++)
            {
                bytes.Add(utf8[b]);
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>What separates a shortened segment's readable prefix from its hash (docs/formats/output.md, long names).</summary>
    public const string ShortenedMarker = "%~";

    /// <summary>Whether the decoded path part <paramref name="actual"/> stands for the name <paramref name="expected"/>: equal, or a shortened segment whose prefix starts the name and whose hash is the name's.</summary>
    public static bool SameName(string actual, string expected)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(expected);
        if (actual == expected)
        {
            return true;
        }

        var marker = actual.LastIndexOf(ShortenedMarker, StringComparison.Ordinal);
        return marker >= 0 && expected.StartsWith(actual[..marker], StringComparison.Ordinal)
            && actual[(marker + ShortenedMarker.Length)..] == NameHash(expected);
    }

    /// <summary>Whether the decoded folder path <paramref name="actual"/> (names joined by <c>\</c>) stands for <paramref name="expected"/>, name by name.</summary>
    public static bool SameFolder(string actual, string expected)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(expected);
        var a = actual.Split('\\');
        var e = expected.Split('\\');
        return a.Length == e.Length && a.Zip(e).All(p => SameName(p.First, p.Second));
    }

    // 16 lower-case hex digits of the SHA-256 of the name's UTF-8 (the Migrator's twin is CcMail.Text.PathSegments.NameHash).
    private static string NameHash(string name) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..16];

    /// <summary>Builds the location of a message from its file's relative path; the snapshot name is the path without extension, plus <paramref name="leafName"/> when given.</summary>
    public static Projection.MessageLocation Locate(string relativePath, int? entry = null, string? leafName = null)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var segments = relativePath.Split('/');
        var withoutExtension = Path.ChangeExtension(relativePath, null) ?? relativePath;
        string? mailbox = null;
        var folders = new List<string>();
        var lastDirectory = leafName is null ? segments.Length - 1 : segments.Length;
        for (var i = 0; i < lastDirectory; i++)
        {
            var name = i == segments.Length - 1 ? Path.GetFileNameWithoutExtension(segments[i]) : segments[i];
            if (i == 0 && segments.Length > 1)
            {
                mailbox = Decode(name);
            }
            else
            {
                folders.Add(Decode(name));
            }
        }

        var snapshot = leafName is null ? withoutExtension : withoutExtension + "/" + leafName;
        return new Projection.MessageLocation(relativePath, entry, mailbox, string.Join('\\', folders), snapshot);
    }
}
