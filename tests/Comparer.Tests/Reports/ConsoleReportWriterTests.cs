using System.Text.Json;
using MailMig.Fidelity.Comparer.Reports;
using MailMig.Fidelity.Comparer.Tests.Support;

namespace MailMig.Fidelity.Comparer.Tests.Reports;

public sealed class ConsoleReportWriterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ThePlainSummaryHasTablesAndNoAnsiCodes()
    {
        using var writer = new StringWriter();

        ConsoleReportWriter.WritePlain(ReportScenario.Create(_temp), writer);

        var text = writer.ToString();
        Assert.DoesNotContain('\u001b', text);
        Assert.Contains("Snapshots: 3 messages: 1 matched, 2 differ, 0 new, 0 orphaned", text);
        Assert.Contains("run grade Poor", text);
        Assert.Contains("| recipients", text);
        Assert.Contains("Result: differences found.", text);
    }

    [Fact]
    public void TheJsonReportCarriesGradesFieldsAndDifferences()
    {
        using var stream = new MemoryStream();
        JsonReportWriter.Write(ReportScenario.Create(_temp), stream);

        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        Assert.Equal("mailmig-fidelity/comparison@1", root.GetProperty("format").GetString());
        Assert.False(root.GetProperty("success").GetBoolean());
        Assert.Equal("Poor", root.GetProperty("truth").GetProperty("grade").GetString());
        Assert.Contains(root.GetProperty("truth").GetProperty("differences").EnumerateArray(), d => d.GetProperty("field").GetString() == "recipients" && d.GetProperty("index").GetInt32() == 2);
        Assert.Equal(2, root.GetProperty("snapshots").GetProperty("differences").GetArrayLength());
    }
}
