using System.Text.Json;

namespace MailMig.Fidelity.Migrator.Tests.Support;

/// <summary>The outcome a generated manifest expects of one message for one source kind.</summary>
public sealed record ExpectedOutcome(string Mailbox, int Index, string Outcome, IReadOnlyList<string> Repairs, string? SkipReason, IReadOnlyList<string> Faults);

/// <summary>Reads the parts of manifest.jsonl (docs/formats/manifest.md) the Migrator's tests check.</summary>
public static class Manifest
{
    public static (string TimeZone, List<ExpectedOutcome> Messages) Read(string path, string sourceKind)
    {
        var timeZone = "UTC";
        var messages = new List<ExpectedOutcome>();
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            switch (root.GetProperty("record").GetString())
            {
                case "header":
                    timeZone = root.GetProperty("timeZone").GetString()!;
                    break;
                case "message":
                    var outcome = root.TryGetProperty("bySource", out var bySource) && bySource.TryGetProperty(sourceKind, out var specific) ? specific : root;
                    messages.Add(new ExpectedOutcome(
                        root.GetProperty("mailbox").GetString()!,
                        root.GetProperty("index").GetInt32(),
                        outcome.GetProperty("outcome").GetString()!,
                        [.. outcome.GetProperty("repairs").EnumerateArray().Select(r => r.GetString()!)],
                        outcome.GetProperty("skipReason").GetString(),
                        [.. root.GetProperty("faults").EnumerateArray().Select(f => $"{f.GetProperty("id").GetString()}@{f.GetProperty("where").GetString()}")]));
                    break;
            }
        }

        return (timeZone, messages);
    }
}
