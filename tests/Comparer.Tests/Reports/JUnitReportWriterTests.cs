using System.Xml.Linq;
using MailMig.Fidelity.Comparer.Reports;
using MailMig.Fidelity.Comparer.Tests.Support;

namespace MailMig.Fidelity.Comparer.Tests.Reports;

public sealed class JUnitReportWriterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static XDocument Write(ComparisonReport report)
    {
        using var stream = new MemoryStream();
        JUnitReportWriter.Write(report, stream);
        stream.Position = 0;
        return XDocument.Load(stream);
    }

    [Fact]
    public void TheXmlIsWellFormedWithATestcasePerMailboxAndPerMessageDifference()
    {
        var xml = Write(ReportScenario.Create(_temp));

        var root = xml.Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        var cases = root.Descendants("testcase").ToList();
        Assert.Equal(cases.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), root.Attribute("tests")!.Value);
        Assert.Equal(cases.Count(c => c.Element("failure") is not null).ToString(System.Globalization.CultureInfo.InvariantCulture), root.Attribute("failures")!.Value);
        var snapshots = root.Elements("testsuite").Single(s => s.Attribute("name")!.Value == "snapshots");
        Assert.Contains(snapshots.Elements("testcase"), c => c.Attribute("name")!.Value == "Smith, Grover/Inbox/000001" && c.Element("failure")!.Attribute("message")!.Value == "NotEqual: body");
        Assert.Contains(snapshots.Elements("testcase"), c => c.Attribute("name")!.Value == "Doe, Jane" && c.Element("failure") is null);
        var truth = root.Elements("testsuite").Single(s => s.Attribute("name")!.Value == "truth.Smith, Grover");
        Assert.Contains(truth.Elements("testcase"), c => c.Attribute("name")!.Value == "grade" && c.Element("failure")!.Attribute("type")!.Value == "Poor");
        Assert.Contains(truth.Elements("testcase"), c => c.Attribute("name")!.Value == "#2" && c.Element("failure")!.Attribute("message")!.Value == "differs in attachments, recipients");
    }

    [Fact]
    public void AnEmptyComparisonIsStillAValidDocument()
    {
        var xml = Write(new ComparisonReport());

        Assert.Equal("0", xml.Root!.Attribute("tests")!.Value);
    }
}
