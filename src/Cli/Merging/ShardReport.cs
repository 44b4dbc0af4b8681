/*
 * One shard's run report folder, read back for `merge`: its summary.json (the cases, their rows)
 * and its junit.xml (the test cases, copied as written). Anything that is not a run report folder
 * is a MergeException naming the folder and file, never a half-merged report.
 */
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using MailMig.Fidelity.Cli.Regression;

namespace MailMig.Fidelity.Cli.Merging;

/// <summary>A shard's run reports: the migrator, and per case its summary.json object, text row and JUnit test case.</summary>
/// <param name="Folder">The shard's report folder.</param>
/// <param name="Migrator">The migrator the shard judged.</param>
/// <param name="Cases">The shard's cases in run order.</param>
public sealed record ShardReport(string Folder, string Migrator, IReadOnlyList<ShardCase> Cases)
{
    /// <summary>Reads the run reports in <paramref name="folder"/>.</summary>
    public static ShardReport Read(string folder)
    {
        var summaryPath = Path.Combine(folder, RunReportWriter.SummaryJsonFile);
        var junitPath = Path.Combine(folder, RunReportWriter.JUnitFile);
        if (!File.Exists(summaryPath) || !File.Exists(junitPath))
        {
            throw new MergeException($"{folder}: not a run report folder (no {RunReportWriter.SummaryJsonFile} and {RunReportWriter.JUnitFile}; `run --report` writes them)");
        }

        var summary = ReadSummary(summaryPath);
        var testCases = ReadTestCases(junitPath);
        var cases = new List<ShardCase>();
        foreach (var node in summary["cases"] as JsonArray ?? [])
        {
            var json = node as JsonObject ?? throw new MergeException($"{summaryPath}: a case is not an object");
            var row = Row(json, summaryPath);
            var testCase = testCases.GetValueOrDefault(row.Name) ?? throw new MergeException($"{junitPath}: no testcase for case '{row.Name}' of {RunReportWriter.SummaryJsonFile}");
            cases.Add(new ShardCase(row, (JsonObject)json.DeepClone(), testCase));
        }

        return new ShardReport(folder, (string?)summary["migrator"] ?? "", cases);
    }

    private static JsonObject ReadSummary(string path)
    {
        try
        {
            var root = JsonNode.Parse(File.ReadAllBytes(path)) as JsonObject ?? throw new MergeException($"{path}: not a JSON object");
            return (string?)root["format"] == RunSummaryJson.Format
                ? root
                : throw new MergeException($"{path}: format '{root["format"]}' is not {RunSummaryJson.Format}");
        }
        catch (JsonException e)
        {
            throw new MergeException($"{path}: line {(e.LineNumber ?? 0) + 1}: not readable JSON: {e.Message}", e);
        }
        catch (InvalidOperationException e)
        {
            throw new MergeException($"{path}: {e.Message}", e);
        }
    }

    private static Dictionary<string, XElement> ReadTestCases(string path)
    {
        try
        {
            return XDocument.Load(path).Descendants("testcase")
                .GroupBy(t => (string?)t.Attribute("name") ?? "", StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        }
        catch (XmlException e)
        {
            throw new MergeException($"{path}: line {e.LineNumber}: not readable XML: {e.Message}", e);
        }
    }

    private static RunRow Row(JsonObject json, string path)
    {
        try
        {
            var name = (string?)json["name"] ?? throw new MergeException($"{path}: a case has no \"name\"");
            var failures = (json["failures"] as JsonArray ?? []).Select(f => (string?)f ?? "").ToList();
            return new RunRow(name, (string?)json["guards"] ?? "", (bool?)json["passed"] ?? false, (string?)json["verdict"] ?? "", (string?)json["grade"], failures);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            throw new MergeException($"{path}: a case has a value of the wrong type: {e.Message}", e);
        }
    }
}
