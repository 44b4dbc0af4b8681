using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace MailMig.Fidelity.Cli.Tests.Merging;

/// <summary>Compares two run report folders as one run's: every report file equal once times, timestamps, host names and the folders' own paths are set aside.</summary>
internal static class ReportAssert
{
    /// <summary>The run-level files a merge writes.</summary>
    public static readonly string[] RunFiles = ["summary.txt", "summary.json", "index.html", "junit.xml"];

    /// <summary>Asserts that <paramref name="actual"/> holds the same reports as <paramref name="expected"/>, case folders included; a case report names the folder its case ran in, one of <paramref name="ranIn"/>.</summary>
    public static void SameRun(string expected, string actual, params string[] ranIn)
    {
        foreach (var file in RunFiles)
        {
            Assert.Equal(Normalized(expected, file, []), Normalized(actual, file, ranIn));
        }

        var cases = CaseFiles(expected);
        Assert.Equal(cases, CaseFiles(actual));
        foreach (var file in cases)
        {
            Assert.Equal(Normalized(expected, file, []), Normalized(actual, file, ranIn));
        }
    }

    private static List<string> CaseFiles(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f))
            .Where(f => f.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) && !f.StartsWith("work" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Normalized(string root, string file, string[] ranIn)
    {
        var text = ranIn.Append(root).Aggregate(File.ReadAllText(Path.Combine(root, file)), (t, folder) => t.Replace(Path.GetFullPath(folder), "<report>", StringComparison.Ordinal));
        return Path.GetFileName(file) switch
        {
            "summary.json" => WithoutKeys(JsonNode.Parse(text)!, "timestamp", "hostname", "durationSeconds").ToJsonString(),
            "junit.xml" or "checks.xml" => WithoutAttributes(XDocument.Parse(text), "time", "timestamp", "hostname"),
            _ => text,
        };
    }

    private static JsonNode WithoutKeys(JsonNode node, params string[] keys)
    {
        if (node is JsonObject o)
        {
            foreach (var key in keys)
            {
                o.Remove(key);
            }
        }

        foreach (var child in node is JsonObject obj ? obj.Select(p => p.Value) : node is JsonArray a ? a : [])
        {
            if (child is not null)
            {
                WithoutKeys(child, keys);
            }
        }

        return node;
    }

    private static string WithoutAttributes(XDocument document, params string[] names)
    {
        foreach (var attribute in document.Descendants().SelectMany(e => e.Attributes()).Where(a => names.Contains(a.Name.LocalName)).ToList())
        {
            attribute.Remove();
        }

        return document.ToString();
    }
}
