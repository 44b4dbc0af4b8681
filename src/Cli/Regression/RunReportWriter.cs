/*
 * The run's reports. junit.xml follows the schema in tests/Cli.Tests/Regression/junit.xsd (what
 * Jenkins, GitLab, GitHub reporters and Azure read), UTF-8 without a BOM; a case's own Comparer
 * JUnit is renamed checks.xml so a *junit*.xml glob finds each case once. summary.json carries
 * each case's verdict for tools (docs/formats/run-summary.md).
 */
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using MailMig.Fidelity.Comparer.Reports;

namespace MailMig.Fidelity.Cli.Regression;

/// <summary>Writes a corpus run's reports: per case the Comparer's reports, and for the run a JUnit file, summary.json, an HTML index and a text summary.</summary>
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
            var folder = Path.Combine(directory, result.Case.Name);
            ReportWriter.WriteAll(result.Comparison!, folder, new ReportOptions { Redact = redact });
            File.Move(Path.Combine(folder, ReportWriter.JUnitFile), Path.Combine(folder, CaseChecksFile), overwrite: true);
        }

        return WriteRunFiles(results.Select(RunRow.From).ToList(), results.Select(RunSummaryJson.Case).ToList(), results.Select(TestCase).ToList(), migrator, directory);
    }

    /// <summary>Writes the run-level files (summary.txt, junit.xml, summary.json, index.html) of cases given as rows, summary.json objects and JUnit test cases, in run order; <c>merge</c> writes a sharded run's through here too.</summary>
    internal static IReadOnlyList<string> WriteRunFiles(IReadOnlyList<RunRow> rows, IReadOnlyList<System.Text.Json.Nodes.JsonObject> cases, IReadOnlyList<XElement> testCases, string migrator, string directory)
    {
        Directory.CreateDirectory(directory);
        var now = DateTime.UtcNow;
        var junit = Path.Combine(directory, JUnitFile);
        var json = Path.Combine(directory, SummaryJsonFile);
        var index = Path.Combine(directory, "index.html");
        var summary = Path.Combine(directory, "summary.txt");
        WriteJUnit(testCases, migrator, junit, now);
        File.WriteAllText(json, RunSummaryJson.Write(cases, migrator, now, Host()), new UTF8Encoding(false));
        File.WriteAllText(index, Html(rows, migrator));
        File.WriteAllText(summary, string.Join("\n", rows.Select(r => r.Describe())) + "\n");
        return [summary, junit, json, index];
    }

    /// <summary>Whether a failing case counts as a JUnit error (the candidate did not run to a normal end) rather than a failure (its output fell short).</summary>
    internal static bool IsError(CaseResult result) =>
        !result.Passed && result.Verdict is RunVerdict.Crashed or RunVerdict.Hung or RunVerdict.Failed or RunVerdict.WroteOutsideOutput;

    private static void WriteJUnit(IReadOnlyList<XElement> testCases, string migrator, string path, DateTime now)
    {
        var counts = new[]
        {
            new XAttribute("tests", testCases.Count),
            new XAttribute("failures", testCases.Count(t => t.Element("failure") is not null)),
            new XAttribute("errors", testCases.Count(t => t.Element("error") is not null)),
            new XAttribute("skipped", 0),
            new XAttribute("time", Seconds(testCases.Sum(t => double.Parse((string?)t.Attribute("time") ?? "0", CultureInfo.InvariantCulture)))),
        };
        var suite = new XElement("testsuite",
            new XAttribute("name", "mailmig-fidelity corpus"), counts,
            new XAttribute("timestamp", now.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
            new XAttribute("hostname", Host()),
            new XElement("properties", new XElement("property", new XAttribute("name", "migrator"), new XAttribute("value", Xml(migrator)))),
            testCases.Select(t => new XElement(t)));
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var writer = XmlWriter.Create(path, settings);
        new XDocument(new XElement("testsuites", new XAttribute("name", "mailmig-fidelity run"), counts, suite)).Save(writer);
    }

    private static XElement TestCase(CaseResult r)
    {
        var output = string.Join("\n", r.Notes.Concat(Streams(r.Process)));
        return new XElement("testcase",
            new XAttribute("classname", "corpora"),
            new XAttribute("name", r.Case.Name),
            new XAttribute("time", Seconds(r.Process.Duration.TotalSeconds)),
            r.Passed ? null : new XElement(IsError(r) ? "error" : "failure",
                new XAttribute("message", Xml(FailureHeadline.Of(r)!)),
                new XAttribute("type", r.Verdict.ToString()),
                Xml(r.Describe())),
            output.Length == 0 ? null : new XElement("system-out", Xml(output)));
    }

    private static IEnumerable<string> Streams(ProcessOutcome process)
    {
        if (process.OutputBytes > 0)
        {
            yield return $"migrator standard output ({process.OutputBytes} bytes, head and tail):\n{process.StandardOutput}";
        }

        if (process.ErrorBytes > 0)
        {
            yield return $"migrator standard error ({process.ErrorBytes} bytes, head and tail):\n{process.StandardError}";
        }
    }

    /// <summary>The text with every character XML 1.0 cannot hold (a candidate may print anything) replaced by U+FFFD.</summary>
    private static string Xml(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                builder.Append(text, i++, 2);
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return builder.ToString();
    }

    private static string Host()
    {
        var name = Environment.MachineName;
        return string.IsNullOrWhiteSpace(name) ? "localhost" : name;
    }

    private static string Html(IReadOnlyList<RunRow> results, string migrator)
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
            var grade = r.Grade ?? "—";
            html.Append("<tr data-case=\"").Append(WebUtility.HtmlEncode(r.Name)).Append("\"><td><a href=\"")
                .Append(Uri.EscapeDataString(r.Name)).Append("/report.html\">").Append(WebUtility.HtmlEncode(r.Name)).Append("</a></td><td>")
                .Append(WebUtility.HtmlEncode(r.Guards)).Append("</td><td>").Append(WebUtility.HtmlEncode(Enum.TryParse<RunVerdict>(r.Verdict, out var verdict) ? verdict.ToWords() : r.Verdict)).Append("</td><td>").Append(grade).Append("</td><td class=\"")
                .Append(r.Passed ? "passed\">passed" : "failed\"><pre>" + WebUtility.HtmlEncode(string.Join("\n", r.Failures)) + "</pre>").Append("</td></tr>");
        }

        return html.Append("</table></body></html>\n").ToString();
    }

    private static string Seconds(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture);
}
