using System.Globalization;
using System.Net;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Reports;

/*
 * A self-contained HTML report: inline CSS, no scripts, no external resources, so it can be
 * attached to a CI run or mailed and opened anywhere. Every difference names its field twice for
 * machines: as <td class="field">recipients</td> in tables, and as data-field / data-fields
 * attributes on rows and message articles, which is what a headless browser check looks for.
 * Snapshot differences get a side-by-side diff from DiffPlex's SideBySideDiffBuilder (a large message: the bounded unified diff).
 */

/// <summary>Writes the comparison as one self-contained HTML page with a side-by-side diff per differing message.</summary>
public static class HtmlReportWriter
{
    private const string Css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5rem;color:#222}
        h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}h3{font-size:1rem;margin:.2rem 0}
        table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.2rem .45rem;text-align:left;vertical-align:top}
        th{background:#f3f3f3}.verdict{font-weight:bold;padding:.4rem .6rem;display:inline-block}
        .pass{background:#e3f6e3;color:#135d13}.fail{background:#fbe4e4;color:#8a1414}
        .grade-Perfect{color:#135d13}.grade-Good{color:#0b5d75}.grade-Investigate{color:#8a6100}.grade-Poor{color:#8a1414}
        td.field,span.field{font-family:ui-monospace,monospace;font-weight:bold}
        article.message{border:1px solid #ddd;margin:1rem 0;padding:.5rem}
        table.diff{font-family:ui-monospace,monospace;font-size:.8rem;width:100%;table-layout:fixed}
        table.diff td{white-space:pre-wrap;word-break:break-all;border:none;border-right:1px solid #eee}
        .num{width:3rem;color:#999;text-align:right}
        tr .Deleted{background:#fdd}tr .Inserted{background:#dfd}tr .Modified{background:#ffe9b3}tr .Imaginary{background:#f6f6f6}
        pre{background:#f7f7f7;padding:.5rem;white-space:pre-wrap}
        """;

    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/> as HTML.</summary>
    public static void Write(ComparisonReport report, TextWriter writer, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= new ReportOptions();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>MailMig.Fidelity comparison</title>\n<style>\n")
            .Append(Css).Append("</style>\n</head>\n<body>\n<h1>MailMig.Fidelity comparison</h1>\n");
        html.Append("<p class=\"verdict ").Append(report.IsSuccess ? "pass\">Everything matches." : "fail\">Differences found.").Append("</p>\n");
        if (options.Redact)
        {
            html.Append("<p class=\"redacted\">Redacted: message bodies and attachment contents are not shown.</p>\n");
        }

        if (report.Truth is { } truth)
        {
            WriteTruth(html, truth, options);
        }

        if (report.Snapshots is { } snapshots)
        {
            WriteSnapshots(html, snapshots, options);
        }

        html.Append("</body>\n</html>\n");
        writer.Write(html.ToString());
    }

    private static void WriteTruth(StringBuilder html, TruthResult truth, ReportOptions options)
    {
        html.Append("<section id=\"truth\">\n<h2>Ground truth</h2>\n<p>Manifest ").Append(E(truth.ManifestPath)).Append(", output ").Append(E(truth.ActualFolder))
            .Append(". Run grade: <strong class=\"grade grade-").Append(truth.Run.Grade).Append("\" data-grade=\"").Append(truth.Run.Grade).Append("\">")
            .Append(truth.Run.Grade).Append("</strong></p>\n");
        WriteTruthMailboxes(html, truth);
        WriteTruthFields(html, truth);
        WriteTruthDifferences(html, truth, options);
        if (truth.Diagnostics.Count > 0)
        {
            html.Append("<h3>Diagnostics</h3>\n<ul class=\"diagnostics\">\n");
            foreach (var diagnostic in truth.Diagnostics)
            {
                html.Append("<li>").Append(E(diagnostic.ToString())).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    private static void WriteTruthMailboxes(StringBuilder html, TruthResult truth)
    {
        html.Append("<table class=\"mailboxes\">\n<tr><th>mailbox</th><th>expected</th><th>found</th><th>skipped as expected</th><th>messages with differences</th><th>user data lost</th><th>grade</th></tr>\n");
        foreach (var m in truth.Mailboxes.Append(truth.Run))
        {
            html.Append("<tr data-mailbox=\"").Append(E(m.Name)).Append("\"><td>").Append(E(m.Name)).Append("</td>")
                .Append(Td(m.Expected)).Append(Td(m.Found)).Append(Td(m.SkippedAsExpected)).Append(Td(m.MessagesWithDifferences)).Append(Td(m.MessagesWithUserDataLoss))
                .Append("<td class=\"grade grade-").Append(m.Grade).Append("\">").Append(m.Grade).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void WriteTruthFields(StringBuilder html, TruthResult truth)
    {
        var anyNotCarried = truth.NotCarried.Count > 0;
        html.Append("<table class=\"fields\">\n<tr><th>field</th><th>checked</th><th>matched</th><th>fidelity</th>").Append(anyNotCarried ? "<th>not carried</th>" : "").Append("</tr>\n");
        foreach (var f in truth.Fields)
        {
            html.Append("<tr data-field=\"").Append(E(f.Field)).Append("\"><td class=\"field\">").Append(E(f.Field)).Append("</td>")
                .Append(Td(f.Checked)).Append(Td(f.Matched)).Append("<td>").Append(E(ConsoleReportWriter.Fidelity(f))).Append("</td>");
            if (anyNotCarried)
            {
                html.Append(Td(f.NotCarried));
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
        foreach (var note in truth.NotCarried)
        {
            html.Append("<p class=\"not-carried\">").Append(E(note.Describe())).Append("</p>\n");
        }
    }

    private static void WriteTruthDifferences(StringBuilder html, TruthResult truth, ReportOptions options)
    {
        if (truth.Differences.Count == 0)
        {
            return;
        }

        html.Append("<table class=\"differences\">\n<tr><th>mailbox</th><th>index</th><th>field</th><th>detail</th><th>expected</th><th>actual</th><th>output file</th></tr>\n");
        foreach (var d in truth.Differences)
        {
            html.Append("<tr class=\"difference ").Append(JsonReportWriter.ClassName(d.Class)).Append("\" data-field=\"").Append(E(d.Field))
                .Append("\" data-mailbox=\"").Append(E(d.Mailbox)).Append("\" data-index=\"").Append(d.Index?.ToString(CultureInfo.InvariantCulture) ?? "").Append("\">")
                .Append("<td class=\"mailbox\">").Append(E(d.Mailbox)).Append("</td>")
                .Append("<td class=\"index\">").Append(d.Index?.ToString(CultureInfo.InvariantCulture) ?? "").Append("</td>")
                .Append("<td class=\"field\">").Append(E(d.Field)).Append("</td>")
                .Append("<td class=\"detail\">").Append(E(d.Detail ?? "")).Append("</td>")
                .Append("<td class=\"expected\">").Append(E(d.Expected.Show(options.Redact))).Append("</td>")
                .Append("<td class=\"actual\">").Append(E(d.Actual.Show(options.Redact))).Append("</td>")
                .Append("<td class=\"file\">").Append(E(d.OutputFile ?? "(none)")).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void WriteSnapshots(StringBuilder html, FolderVerificationResult result, ReportOptions options)
    {
        html.Append("<section id=\"snapshots\">\n<h2>Snapshots</h2>\n<p>")
            .Append(string.Create(CultureInfo.InvariantCulture, $"{result.MessageCount} messages: {result.Matched.Count} matched, {result.Differences.Count} differ, {result.New.Count} new, {result.Orphaned.Count} orphaned."))
            .Append(" Verified folder ").Append(E(result.VerifiedFolder)).Append(".</p>\n");
        var detailed = 0;
        foreach (var difference in result.Differences.Concat(result.New))
        {
            if (detailed++ == options.MaxDetailedMessages)
            {
                html.Append("<p>").Append(string.Create(CultureInfo.InvariantCulture, $"… and {result.Differences.Count + result.New.Count - options.MaxDetailedMessages} more.")).Append("</p>\n");
                break;
            }

            WriteMessage(html, difference, options);
        }

        if (result.Orphaned.Count > 0)
        {
            html.Append("<h3>Orphaned verified snapshots (no message in the output)</h3>\n<ul class=\"orphaned\">\n");
            foreach (var orphan in result.Orphaned)
            {
                html.Append("<li data-snapshot=\"").Append(E(orphan)).Append("\">").Append(E(orphan)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        if (result.NotRegularFiles.Count > 0)
        {
            html.Append("<h3>Not regular files (never opened)</h3>\n<ul class=\"not-regular\">\n");
            foreach (var entry in result.NotRegularFiles)
            {
                html.Append("<li data-path=\"").Append(E(entry.RelativePath)).Append("\">").Append(E(entry.RelativePath + ": " + entry.Describe())).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>Above this many characters (verified plus received) a message's diff is the bounded unified diff, not a side-by-side table.</summary>
    private const int MaxSideBySideCharacters = 200_000;

    private static void WriteMessage(StringBuilder html, SnapshotDifference difference, ReportOptions options)
    {
        var view = SnapshotView.Of(difference, options.Redact);
        var status = difference.Outcome.Status == SnapshotStatus.New ? "new" : difference.MovedFrom is null ? "differs" : "moved from " + difference.MovedFrom;
        html.Append("<article class=\"message\" data-snapshot=\"").Append(E(difference.Name)).Append("\" data-fields=\"").Append(E(string.Join(' ', difference.Fields))).Append("\">\n")
            .Append("<h3>").Append(E(difference.Name)).Append(" <small>(").Append(E(status)).Append(")</small></h3>\n")
            .Append("<p>Output file ").Append(E(difference.Location?.ToString() ?? "")).Append("; received ").Append(E(difference.Outcome.ReceivedPath)).Append("</p>\n");
        if (difference.Fields.Count > 0)
        {
            html.Append("<table class=\"differing-fields\"><tr><th>differing field</th></tr>\n");
            foreach (var field in difference.Fields)
            {
                html.Append("<tr data-field=\"").Append(E(field)).Append("\"><td class=\"field\">").Append(E(field)).Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        if (view.Verified.Length + view.Received.Length > MaxSideBySideCharacters)
        {
            // A side-by-side table shows every line; a large message gets the bounded unified diff instead.
            html.Append("<pre class=\"unified-diff\">").Append(E(view.Diff)).Append("</pre>\n</article>\n");
            return;
        }

        var model = SideBySideDiffBuilder.Diff(view.Verified, view.Received, ignoreWhiteSpace: false, ignoreCase: false);
        html.Append("<table class=\"diff\">\n<tr><th class=\"num\"></th><th>verified</th><th class=\"num\"></th><th>received</th></tr>\n");
        for (var i = 0; i < Math.Max(model.OldText.Lines.Count, model.NewText.Lines.Count); i++)
        {
            html.Append("<tr>");
            Side(html, i < model.OldText.Lines.Count ? model.OldText.Lines[i] : null);
            Side(html, i < model.NewText.Lines.Count ? model.NewText.Lines[i] : null);
            html.Append("</tr>\n");
        }

        html.Append("</table>\n</article>\n");
    }

    private static void Side(StringBuilder html, DiffPiece? piece)
    {
        var type = piece?.Type ?? ChangeType.Imaginary;
        html.Append("<td class=\"num\">").Append(piece?.Position?.ToString(CultureInfo.InvariantCulture) ?? "").Append("</td>")
            .Append("<td class=\"").Append(type).Append("\">").Append(E(piece?.Text ?? "")).Append("</td>");
    }

    private static string Td(int value) => "<td>" + value.ToString(CultureInfo.InvariantCulture) + "</td>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
