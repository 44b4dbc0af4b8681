using System.Text.Json;
using MailMig.Fidelity.Migrator.Migration;
using MailMig.Fidelity.Migrator.Output;
using MailMig.Fidelity.Migrator.Sources;

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

    /// <summary>Migrates the generated folder's DB8 store (mbox, no fsync) and reads what the manifest expects of it.</summary>
    public static (List<ExpectedOutcome> Expected, MigrationReport Report) MigrateDb8(string generated)
    {
        using var output = new TempDirectory();
        using var source = MigrationSources.Open(Path.Combine(generated, "po"));
        var report = Migrating.Run(source, output.Path, OutputTarget.Mbox, o => o with { FlushToDisk = false });
        return (Read(Path.Combine(generated, "manifest.jsonl"), "db8").Messages, report);
    }

    /// <summary>Migrates each of the generated folder's export files and reads what the manifest expects of them.</summary>
    public static (List<ExpectedOutcome> Expected, List<MigrationReport> Reports) MigrateExports(string generated)
    {
        var (timeZone, expected) = Read(Path.Combine(generated, "manifest.jsonl"), "export");
        var reports = new List<MigrationReport>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(generated, "export")).Order(StringComparer.Ordinal))
        {
            using var output = new TempDirectory();
            using var source = MigrationSources.Open(file, timeZone);
            reports.Add(Migrating.Run(source, output.Path, OutputTarget.Mbox, o => o with { FlushToDisk = false }));
        }

        return (expected, reports);
    }

    /// <summary>Asserts every expected message reached its outcome, repairs and skip reason in <paramref name="reports"/>.</summary>
    public static void AssertOutcomes(List<ExpectedOutcome> expected, List<MigrationReport> reports)
    {
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, reports.Sum(r => r.Totals.Source));
        var repaired = reports.SelectMany(r => r.Repaired).SelectMany(r => Enumerable.Range(r.Index, r.Count).Select(i => r with { Index = i, Through = null })).ToDictionary(r => (r.Mailbox, r.Index));
        var skipped = reports.SelectMany(r => r.Skipped).SelectMany(s => Enumerable.Range(s.Index, s.Count).Select(i => s with { Index = i, Through = null })).ToDictionary(s => (s.Mailbox, s.Index));
        var wrong = new List<string>();
        foreach (var message in expected)
        {
            var key = (message.Mailbox, message.Index);
            var actual = skipped.TryGetValue(key, out var skip) ? $"skipped {skip.Reason}"
                : repaired.TryGetValue(key, out var repair) ? $"repaired {string.Join(",", repair.Repairs.Order(StringComparer.Ordinal))}"
                : "migrated";
            var wanted = message.Outcome switch
            {
                "skipped" => $"skipped {message.SkipReason}",
                "repaired" => $"repaired {string.Join(",", message.Repairs.Order(StringComparer.Ordinal))}",
                _ => "migrated",
            };
            if (actual != wanted)
            {
                wrong.Add($"{message.Mailbox} #{message.Index}: expected {wanted}, got {actual} (faults {string.Join(" ", message.Faults)})");
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {expected.Count} messages:\n{string.Join("\n", wrong.Take(30))}");
    }
}
