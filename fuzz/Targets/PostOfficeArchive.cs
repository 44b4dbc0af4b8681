using System.Text;

namespace MailMig.Fidelity.Fuzz;

/*
 * AFL mutates one file, but a DB8 post office is six. A post office is packed as the files one after
 * the other, each after a line "==> NAME <==" (as `head` prints several files) and followed by one
 * "\n". No lengths: a mutation inside a file's bytes stays inside that file, and AFL can still drop,
 * duplicate or rename whole files by mutating the marker lines (the dictionary holds them).
 * tests/CcMail.Tests compiles this file too, so the replay tests unpack exactly the same way.
 */

/// <summary>Packs a post office folder into one fuzz input and unpacks it back into file name → bytes.</summary>
internal static class PostOfficeArchive
{
    private static ReadOnlySpan<byte> Start => "==> "u8;

    private static ReadOnlySpan<byte> End => " <==\n"u8;

    /// <summary>Writes every file of <paramref name="directory"/> (sorted by name) to <paramref name="output"/>.</summary>
    public static void Pack(string directory, Stream output)
    {
        foreach (var file in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            output.Write(Encoding.ASCII.GetBytes($"==> {Path.GetFileName(file)} <==\n"));
            output.Write(File.ReadAllBytes(file));
            output.WriteByte((byte)'\n');
        }
    }

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
