/*
 * summary.json: each case's verdict for tools, e.g. to merge the shards of a run split across
 * machines. Its shape is docs/formats/run-summary.md (mailmig-fidelity/run-summary@1).
 */
using System.Globalization;
using System.Text.Json;

namespace MailMig.Fidelity.Cli.Regression;

/// <summary>Writes a run's summary.json.</summary>
internal static class RunSummaryJson
{
    /// <summary>The format id written as "format".</summary>
    public const string Format = "mailmig-fidelity/run-summary@1";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>The summary of <paramref name="results"/> as JSON text.</summary>
    public static string Write(IReadOnlyList<CaseResult> results, string migrator, DateTime timestamp, string hostname) =>
        JsonSerializer.Serialize(
            new Dictionary<string, object?>
            {
                ["format"] = Format,
                ["migrator"] = migrator,
                ["timestamp"] = timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["hostname"] = hostname,
                ["total"] = results.Count,
                ["passed"] = results.Count(r => r.Passed),
                ["failed"] = results.Count(r => !r.Passed),
                ["cases"] = results.Select(Case).ToList(),
            },
            Options) + "\n";

    private static Dictionary<string, object?> Case(CaseResult r) => new()
    {
        ["name"] = r.Case.Name,
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
