using System.Net;
using System.Text;
using System.Xml.Linq;
using MailMig.Fidelity.Comparer.Reports;

namespace MailMig.Fidelity.Cli.Regression;

/// <summary>Writes a corpus run's reports: per case the Comparer's reports, and for the run a JUnit file, an HTML index and a text summary.</summary>
public static class RunReportWriter
{
    /// <summary>The run-level JUnit file.</summary>
    public const string JUnitFile = "junit.xml";

    /// <summary>The per-case JUnit file of the Comparer's checks (named so a *junit*.xml glob finds only the run file).</summary>
    public const string CaseChecksFile = "checks.xml";

    /// <summary>The machine-readable summary of the run.</summary>
    public const string SummaryJsonFile = "summary.json";

    /// <summary>Writes every report for <paramref name="results"/> into <paramref name="directory"/> (bodies and attachment contents left out when <paramref name="redact"/>) and returns the run-level files.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<CaseResult> results, string migrator, string directory, bool redact = false)
    {
        Directory.CreateDirectory(directory);
        foreach (var result in results.Where(r => r.Comparison is not null))
        {
            ReportWriter.WriteAll(result.Comparison!, Path.Combine(directory, result.Case.Name), new ReportOptions { Redact = redact });
        }

        var junit = Path.Combine(directory, "junit.xml");
        var index = Path.Combine(directory, "index.html");
        var summary = Path.Combine(directory, "summary.txt");
        WriteJUnit(results, migrator, junit);
        File.WriteAllText(index, Html(results, migrator));
        File.WriteAllText(summary, string.Join("\n", results.Select(r => r.Describe())) + "\n");
        return [summary, junit, index];
    }

    private static void WriteJUnit(IReadOnlyList<CaseResult> results, string migrator, string path)
    {
        var suite = new XElement("testsuite",
            new XAttribute("name", "mailmig-fidelity corpus"),
            new XAttribute("tests", results.Count),
            new XAttribute("failures", results.Count(r => !r.Passed)),
            new XAttribute("time", Seconds(results.Sum(r => r.Process.Duration.TotalSeconds))),
            new XElement("properties", new XElement("property", new XAttribute("name", "migrator"), new XAttribute("value", migrator))),
            results.Select(r => new XElement("testcase",
                new XAttribute("classname", "corpora"),
                new XAttribute("name", r.Case.Name),
                new XAttribute("time", Seconds(r.Process.Duration.TotalSeconds)),
                r.Passed ? null : new XElement("failure", new XAttribute("message", $"{r.Case.Name}: {r.Verdict}"), r.Describe()),
                r.Notes.Count == 0 ? null : new XElement("system-out", string.Join("\n", r.Notes)))));
        new XDocument(new XElement("testsuites", suite)).Save(path);
    }

    private static string Html(IReadOnlyList<CaseResult> results, string migrator)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>mailmig-fidelity run</title><style>")
            .Append("body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}")
            .Append(".passed{color:#176117}.failed{color:#a11}pre{white-space:pre-wrap;margin:0}</style></head><body>")
            .Append("<h1>Corpus run</h1><p>Migrator: <code>").Append(WebUtility.HtmlEncode(migrator)).Append("</code>. ")
            .Append(results.Count(r => r.Passed)).Append(" of ").Append(results.Count).Append(" cases passed.</p>")
            .Append("<table><tr><th>case</th><th>guards</th><th>verdict</th><th>grade</th><th>result</th></tr>");
        foreach (var r in results)
        {
            var grade = r.Comparison?.Truth?.Run.Grade.ToString() ?? "—";
            html.Append("<tr data-case=\"").Append(WebUtility.HtmlEncode(r.Case.Name)).Append("\"><td><a href=\"")
                .Append(Uri.EscapeDataString(r.Case.Name)).Append("/report.html\">").Append(WebUtility.HtmlEncode(r.Case.Name)).Append("</a></td><td>")
                .Append(WebUtility.HtmlEncode(r.Case.Guards)).Append("</td><td>").Append(r.Verdict).Append("</td><td>").Append(grade).Append("</td><td class=\"")
                .Append(r.Passed ? "passed\">passed" : "failed\"><pre>" + WebUtility.HtmlEncode(string.Join("\n", r.Failures)) + "</pre>").Append("</td></tr>");
        }

        return html.Append("</table></body></html>\n").ToString();
    }

    private static string Seconds(double seconds) => seconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
