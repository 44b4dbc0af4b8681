/*
 * summary.json: each case's verdict for tools, e.g. to merge the shards of a run split across
 * machines. Its shape is docs/formats/run-summary.md (mailmig-fidelity/run-summary@1).
 */
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MailMig.Fidelity.Cli.Regression;

/// <summary>Writes a run's summary.json.</summary>
internal static class RunSummaryJson
{
    /// <summary>The format id written as "format".</summary>
    public const string Format = "mailmig-fidelity/run-summary@1";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>The summary of <paramref name="results"/> as JSON text.</summary>
    public static string Write(IReadOnlyList<CaseResult> results, string migrator, DateTime timestamp, string hostname) =>
        Write(results.Select(Case).ToList(), migrator, timestamp, hostname);

    /// <summary>The summary of the case objects <paramref name="cases"/> (in run order) as JSON text; the counts are taken from their "passed".</summary>
    public static string Write(IReadOnlyList<JsonObject> cases, string migrator, DateTime timestamp, string hostname)
    {
        var passed = cases.Count(c => c["passed"]?.GetValueKind() == JsonValueKind.True);
        return JsonSerializer.Serialize(
            new Dictionary<string, object?>
            {
                ["format"] = Format,
                ["migrator"] = migrator,
                ["timestamp"] = timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["hostname"] = hostname,
                ["total"] = cases.Count,
                ["passed"] = passed,
                ["failed"] = cases.Count - passed,
                ["cases"] = cases,
            },
            Options) + "\n";
    }

    /// <summary>The summary.json object of one case.</summary>
    public static JsonObject Case(CaseResult r) => JsonSerializer.SerializeToNode(CaseFields(r), Options)!.AsObject();

    private static Dictionary<string, object?> CaseFields(CaseResult r) => new()
    {
        ["name"] = r.Case.Name,
        ["guards"] = r.Case.Guards,
        ["passed"] = r.Passed,
        ["verdict"] = r.Verdict.ToString(),
        ["message"] = FailureHeadline.Of(r),
        ["failures"] = r.Failures,
        ["grade"] = r.Comparison?.Truth?.Run.Grade.ToString(),
        ["sourceMessages"] = r.SourceMessages,
        ["durationSeconds"] = Math.Round(r.Process.Duration.TotalSeconds, 3),
        ["exitCode"] = r.Process.ExitCode,
        ["signal"] = r.Process.Signal,
        ["sandboxed"] = r.Process.Sandboxed,
        ["leftRunning"] = r.Process.LeftRunning.Count,
        ["wroteOutside"] = r.Process.WroteOutside,
        ["stdoutBytes"] = r.Process.OutputBytes,
        ["stderrBytes"] = r.Process.ErrorBytes,
    };
}
