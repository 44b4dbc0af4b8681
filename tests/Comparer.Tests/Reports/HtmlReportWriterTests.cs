using MailMig.Fidelity.Comparer.Reports;
using MailMig.Fidelity.Comparer.Tests.Support;

namespace MailMig.Fidelity.Comparer.Tests.Reports;

public sealed class HtmlReportWriterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Html(ReportOptions? options = null)
    {
        using var writer = new StringWriter();
        HtmlReportWriter.Write(ReportScenario.Create(_temp), writer, options);
        return writer.ToString();
    }

    [Fact]
    public void TheDifferingFieldIsNamedInTheDom()
    {
        var html = Html();

        Assert.Contains("<td class=\"field\">recipients</td>", html);
        Assert.Contains("<tr class=\"difference userData\" data-field=\"recipients\" data-mailbox=\"Smith, Grover\" data-index=\"2\">", html);
        Assert.Contains("data-snapshot=\"Smith, Grover/Inbox/000002\" data-fields=\"to attachments\"", html);
        Assert.Contains("<tr data-field=\"to\"><td class=\"field\">to</td></tr>", html);
    }

    [Fact]
    public void EachDifferingMessageHasASideBySideDiff()
    {
        var html = Html();

        Assert.Contains("<table class=\"diff\">", html);
        Assert.Contains("<td class=\"Deleted\">", html);
        Assert.Contains("<td class=\"Modified\">", html);
        Assert.Contains("<td class=\"Imaginary\">", html);
    }

    [Fact]
    public void ThePageIsSelfContainedAndEscaped()
    {
        var html = Html();

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<style>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>& more</b>", html);
        Assert.Contains("&lt;b&gt;&amp; more&lt;/b&gt;", html);
    }
}
