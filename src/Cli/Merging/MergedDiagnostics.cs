/*
 * Every part of a sharded migration reads the whole post office's mailbox list, so the post
 * office's own diagnostics (and the --mapping table's) are in every part's report, equal; the rest
 * are its mailboxes'. Merged as one run collects them: the shared ones once, then the others in part
 * order, equal ones (severity, code, file, message) counted as one entry; the parts' "more
 * diagnostics were not listed" entries become one, last.
 */
using System.Globalization;
using MailMig.Fidelity.Migrator.Migration;

namespace MailMig.Fidelity.Cli.Merging;

/// <summary>Merges the diagnostics lists of the parts of one sharded migration.</summary>
public static class MergedDiagnostics
{
    /// <summary>The one run's diagnostics, given each part's list in part order.</summary>
    public static IReadOnlyList<ReportDiagnostic> Of(IReadOnlyList<IReadOnlyList<ReportDiagnostic>> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0)
        {
            return [];
        }

        var shared = parts[0].Where(d => d.Code != ReportDiagnostics.SuppressedCode && parts.All(p => p.Contains(d))).ToList();
        var entries = new List<ReportDiagnostic>(shared);
        var index = new Dictionary<(string, string, string?, string), int>();
        var suppressed = new List<ReportDiagnostic>();
        foreach (var d in parts.SelectMany(p => p).Where(d => !shared.Contains(d)))
        {
            if (d.Code == ReportDiagnostics.SuppressedCode)
            {
                suppressed.Add(d);
            }
            else if (index.TryGetValue((d.Severity, d.Code, d.File, d.Message), out var at))
            {
                entries[at] = entries[at] with { Count = (entries[at].Count ?? 1) + (d.Count ?? 1) };
            }
            else
            {
                index.Add((d.Severity, d.Code, d.File, d.Message), entries.Count);
                entries.Add(d);
            }
        }

        if (suppressed.Count > 0)
        {
            var more = suppressed.Sum(s => int.TryParse(s.Message.Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0);
            entries.Add(new ReportDiagnostic(suppressed.Any(s => s.Severity == "error") ? "error" : "warning", ReportDiagnostics.SuppressedCode, null, -1,
                string.Create(CultureInfo.InvariantCulture, $"{more} more diagnostics were not listed")));
        }

        return entries;
    }
}
