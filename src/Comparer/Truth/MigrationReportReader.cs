using System.Text.Json;
using MailMig.Fidelity.Comparer.Diagnostics;

namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>Reads <c>migration-report.json</c> (docs/formats/migration-report.md, formats @1 and @2) leniently: problems become diagnostics.</summary>
public static class MigrationReportReader
{
    /// <summary>The report's file name at the root of an output folder.</summary>
    public const string FileName = "migration-report.json";

    /// <summary>Reads the report at <paramref name="path"/>, or returns null when the file does not exist.</summary>
    public static MigrationReport? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement : throw new JsonException("the report is not a JSON object");
            var diagnostics = new List<ComparerDiagnostic>();
            var report = new MigrationReport
            {
                Path = path,
                Format = String(root, "format") ?? "",
                SourceKind = String(root, "sourceKind"),
                Target = String(root, "target"),
                Complete = root.TryGetProperty("complete", out var complete) && complete.ValueKind == JsonValueKind.True,
                Skipped = Entries(root, "skipped", path, diagnostics, (e, mailbox, index) => new ReportedSkip(mailbox, index, String(e, "reason") ?? "", String(e, "detail"))),
                Repaired = Entries(root, "repaired", path, diagnostics, (e, mailbox, index) => new ReportedRepair(mailbox, index,
                    e.TryGetProperty("repairs", out var r) && r.ValueKind == JsonValueKind.Array
                        ? r.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToArray()
                        : [])),
            };
            if (!report.Complete)
            {
                diagnostics.Add(new ComparerDiagnostic(ComparerSeverity.Warning, "report.incomplete", "the migration report says the run is not complete", path));
            }

            return report with { Diagnostics = diagnostics };
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return new MigrationReport { Path = path, Diagnostics = [new ComparerDiagnostic(ComparerSeverity.Error, "report.unreadable", e.Message, path)] };
        }
    }

    private static T[] Entries<T>(JsonElement root, string name, string path, List<ComparerDiagnostic> diagnostics, Func<JsonElement, string, int, T> read)
    {
        if (!root.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var entries = new List<T>();
        foreach (var entry in array.EnumerateArray())
        {
            if (String(entry, "mailbox") is { } mailbox && entry.TryGetProperty("index", out var index) && index.ValueKind == JsonValueKind.Number && index.TryGetInt32(out var i))
            {
                // Format @2: a run of consecutive messages with the same outcome is one entry, "index" to "through".
                var last = entry.TryGetProperty("through", out var through) && through.ValueKind == JsonValueKind.Number && through.TryGetInt32(out var t) && t >= i ? t : i;
                for (var n = i; n <= last; n++)
                {
                    entries.Add(read(entry, mailbox, n));
                }
            }
            else
            {
                diagnostics.Add(new ComparerDiagnostic(ComparerSeverity.Warning, "report.bad-entry", $"an entry of '{name}' has no mailbox or index", path));
            }
        }

        return entries.ToArray();
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
