namespace MailMig.Fidelity.Comparer.Reports;

/// <summary>Writes every report of a comparison into one folder: <c>summary.txt</c>, <c>report.json</c>, <c>junit.xml</c> and <c>report.html</c>.</summary>
public static class ReportWriter
{
    /// <summary>The plain-text console summary's file name.</summary>
    public const string SummaryFile = "summary.txt";

    /// <summary>The JSON report's file name.</summary>
    public const string JsonFile = "report.json";

    /// <summary>The JUnit XML report's file name.</summary>
    public const string JUnitFile = "junit.xml";

    /// <summary>The HTML report's file name.</summary>
    public const string HtmlFile = "report.html";

    /// <summary>Writes all four reports of <paramref name="report"/> into <paramref name="directory"/> (created when missing) and returns their paths.</summary>
    public static IReadOnlyList<string> WriteAll(ComparisonReport report, string directory, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= new ReportOptions();
        Directory.CreateDirectory(directory);
        var summary = Path.Combine(directory, SummaryFile);
        using (var writer = new StreamWriter(summary, append: false, new System.Text.UTF8Encoding(false)))
        {
            ConsoleReportWriter.WritePlain(report, writer, options);
        }

        var json = Path.Combine(directory, JsonFile);
        using (var stream = File.Create(json))
        {
            JsonReportWriter.Write(report, stream, options);
        }

        var junit = Path.Combine(directory, JUnitFile);
        using (var stream = File.Create(junit))
        {
            JUnitReportWriter.Write(report, stream, options);
        }

        var html = Path.Combine(directory, HtmlFile);
        using (var writer = new StreamWriter(html, append: false, new System.Text.UTF8Encoding(false)))
        {
            HtmlReportWriter.Write(report, writer, options);
        }

        return [summary, json, junit, html];
    }
}
