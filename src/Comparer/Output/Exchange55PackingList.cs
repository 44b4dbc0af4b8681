using System.Globalization;
using System.Text;

namespace MailMig.Fidelity.Comparer.Output;

/// <summary>One mailbox's <c>.PKL</c> packing list as read: the code page's encoding and the primary and secondary files it lists.</summary>
/// <param name="Encoding">The encoding of the code page on its first line.</param>
/// <param name="Directory">The relative folder of the set, with a trailing <c>/</c> (empty at the root).</param>
/// <param name="PrimaryName">The first <c>.PRI</c> file listed.</param>
/// <param name="SecondaryNames">Every <c>.SEC</c> file listed.</param>
public sealed record Exchange55PackingList(Encoding Encoding, string Directory, string PrimaryName, IReadOnlyList<string> SecondaryNames)
{
    /// <summary>The relative path of the primary file.</summary>
    public string PrimaryPath => Directory + PrimaryName;

    /// <summary>Reads the packing list at <paramref name="relativePath"/> under <paramref name="root"/>, or null with <paramref name="problem"/> saying why not.</summary>
    public static Exchange55PackingList? Read(string root, string relativePath, out string? problem)
    {
        var packing = OutputFiles.TryReadAll(root, relativePath, out problem);
        if (packing is null)
        {
            return null;
        }

        var lines = Exchange55Csv.LogicalLines(Encoding.Latin1.GetString(packing));
        if (lines.Count == 0 || !int.TryParse(lines[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var codePage))
        {
            problem = ".PKL does not start with a code page";
            return null;
        }

        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage);
        if (encoding is null)
        {
            problem = ".PKL names unknown code page " + lines[0].Trim();
            return null;
        }

        var listed = lines.Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var primaryName = listed.FirstOrDefault(n => n.EndsWith(".PRI", StringComparison.OrdinalIgnoreCase));
        if (primaryName is null)
        {
            problem = ".PKL lists no .PRI file";
            return null;
        }

        var directory = relativePath.Contains('/') ? relativePath[..(relativePath.LastIndexOf('/') + 1)] : "";
        return new Exchange55PackingList(encoding, directory, primaryName, [.. listed.Where(n => n.EndsWith(".SEC", StringComparison.OrdinalIgnoreCase))]);
    }
}
