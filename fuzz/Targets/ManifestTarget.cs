using System.Text;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Fuzz;

/// <summary>The Comparer's manifest reader (docs/formats/manifest.md): the input is one manifest.jsonl, split into lines as File.ReadLines does.</summary>
internal static class ManifestTarget
{
    /// <summary>Parses <paramref name="input"/> as a manifest; diagnostics are the documented outcome.</summary>
    public static void Run(byte[] input)
    {
        var manifest = ManifestReader.Parse("fuzz.jsonl", Lines(input));
        GC.KeepAlive(manifest.Messages.Count + manifest.Diagnostics.Count);
    }

    private static IEnumerable<string> Lines(byte[] input)
    {
        using var reader = new StreamReader(new MemoryStream(input, writable: false), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
