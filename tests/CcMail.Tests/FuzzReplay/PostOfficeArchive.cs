using System.Text;

namespace MailMig.Fidelity.CcMail.Tests.FuzzReplay;

/// <summary>Unpacks a DB8 fuzz input (a post office's files, each after a line "==> NAME &lt;==" and followed by "\n"), as fuzz/Targets does.</summary>
internal static class PostOfficeArchive
{
    private static ReadOnlySpan<byte> Start => "==> "u8;

    private static ReadOnlySpan<byte> End => " <==\n"u8;

    /// <summary>The files in <paramref name="input"/>; bytes before the first marker are ignored and a later file of the same name wins.</summary>
    public static Dictionary<string, byte[]> Unpack(ReadOnlySpan<byte> input)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        string? name = null;
        var contentStart = 0;
        for (var at = 0; at <= input.Length; at = NextLine(input, at))
        {
            var marker = at < input.Length ? MarkerName(input[at..]) : null;
            if (marker is null && at < input.Length)
            {
                continue;
            }
            if (name is not null)
            {
                files[name] = input[contentStart..Math.Max(contentStart, at - 1)].ToArray();
            }
            if (marker is null)
            {
                break;
            }
            name = marker;
            contentStart = at + Start.Length + Encoding.Latin1.GetByteCount(marker) + End.Length;
        }

        return files;
    }

    private static int NextLine(ReadOnlySpan<byte> input, int at)
    {
        if (at >= input.Length)
        {
            return input.Length + 1;
        }
        var lf = input[at..].IndexOf((byte)'\n');
        return lf < 0 ? input.Length : at + lf + 1;
    }

    private static string? MarkerName(ReadOnlySpan<byte> line)
    {
        var lf = line.IndexOf((byte)'\n');
        if (!line.StartsWith(Start) || lf < 0 || !line[..(lf + 1)].EndsWith(End) || lf + 1 < Start.Length + End.Length)
        {
            return null;
        }
        return Encoding.Latin1.GetString(line[Start.Length..(lf + 1 - End.Length)]);
    }
}
