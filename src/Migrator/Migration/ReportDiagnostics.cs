using System.Globalization;
using MailMig.Fidelity.CcMail.Diagnostics;

namespace MailMig.Fidelity.Migrator.Migration;

/// <summary>Turns diagnostics into report entries: identical ones (severity, code, file, message) counted as one, the list capped.</summary>
public static class ReportDiagnostics
{
    /// <summary>The code of the final entry that counts the diagnostics left out by the cap.</summary>
    public const string SuppressedCode = "report.diagnostics-suppressed";

    /// <summary>The report entries for <paramref name="diagnostics"/> in first-seen order, at most <paramref name="max"/> plus one saying how many more there were.</summary>
    /// <remarks>The suppressed entry is an error when any left-out diagnostic is, so the report still tells a clean run from one with errors.</remarks>
    public static IReadOnlyList<ReportDiagnostic> Collect(IEnumerable<Diagnostic> diagnostics, int max, Func<string, string> relativeFile)
    {
        var entries = new List<ReportDiagnostic>();
        var index = new Dictionary<(DiagnosticSeverity, string, string?, string), int>();
        var suppressed = 0;
        var suppressedError = false;
        foreach (var d in diagnostics)
        {
            var file = d.File is null ? null : relativeFile(d.File);
            var key = (d.Severity, d.Code, file, d.Message);
            if (index.TryGetValue(key, out var at))
            {
                entries[at] = entries[at] with { Count = (entries[at].Count ?? 1) + 1 };
            }
            else if (entries.Count < max)
            {
                index.Add(key, entries.Count);
                entries.Add(new ReportDiagnostic(d.Severity.ToString().ToLowerInvariant(), d.Code, file, d.Offset, d.Message));
            }
            else
            {
                suppressed++;
                suppressedError |= d.Severity == DiagnosticSeverity.Error;
            }
        }

        if (suppressed > 0)
        {
            entries.Add(new ReportDiagnostic(suppressedError ? "error" : "warning", SuppressedCode, null, -1,
                string.Create(CultureInfo.InvariantCulture, $"{suppressed} more diagnostics were not listed")));
        }

        return entries;
    }
}
