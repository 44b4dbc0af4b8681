using System.Text.Json.Nodes;
using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Reports;
using MailMig.Fidelity.Comparer.Tests.Support;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Tests.Truth;

public sealed class NotCarriedTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static IReadOnlySet<string> Exchange55 => new Exchange55OutputFormat().NotCarried;

    private static OutputMessageBuilder Message(int index)
    {
        var message = OutputMessageBuilder.Numbered(index);
        message.ReceiptTo = TestAddress.Smtp(null, "grover@ferguson.example");
        message.Attachments.Add(new TestAttachment("REPORT.XLS", [1, 2, 3]));
        return message;
    }

    private TruthResult Check(IEnumerable<OutputMessageBuilder> output, IEnumerable<OutputMessageBuilder> expected, IReadOnlySet<string> notCarried)
    {
        var actual = _temp.Combine("actual");
        OutputTree.WriteEml(actual, output);
        var manifest = OutputTree.WriteManifest(_temp.Combine("manifest.jsonl"), expected);
        var checker = new TruthChecker();
        checker.Formats.Clear();
        checker.Formats.Add(new LossyEmlFormat(notCarried));
        return checker.Check(actual, manifest);
    }

    [Fact]
    public void AnExchange55MessageLackingLocalDateAttachmentDatesAndReceiptIsPerfectWhenEverythingCarriedMatches()
    {
        var messages = new[] { Message(1), Message(2) };

        var result = Check(messages, messages, Exchange55);

        Assert.Empty(result.Differences);
        Assert.Equal(FidelityGrade.Perfect, result.Run.Grade);
        Assert.Equal(new FieldTally(TruthField.Receipt, 0, 0, 2), result.Fields.Single(f => f.Field == TruthField.Receipt));
        Assert.Equal(new FieldTally(TruthField.Date, 2, 2, 2), result.Fields.Single(f => f.Field == TruthField.Date));
        Assert.Equal(new FieldTally(TruthField.Attachments, 2, 2, 2), result.Fields.Single(f => f.Field == TruthField.Attachments));
        Assert.Equal(new FieldTally(TruthField.Subject, 2, 2, 0), result.Fields.Single(f => f.Field == TruthField.Subject));
        var note = Assert.Single(result.NotCarried);
        Assert.Equal(("exchange55", 2), (note.Format, note.Messages));
        Assert.Equal([CarriedAspect.AttachmentDates, CarriedAspect.DateLocalTime, CarriedAspect.Receipt], note.Aspects);
    }

    [Fact]
    public void TheSameLossesAreDifferencesWhenTheFormatClaimsToCarryThem()
    {
        var messages = new[] { Message(1) };

        var result = Check(messages, messages, new HashSet<string>());

        Assert.Equal(["attachments", "date", "receipt"], result.Differences.Select(d => d.Field).Order(StringComparer.Ordinal));
        Assert.Empty(result.NotCarried);
    }

    [Theory]
    [InlineData("utc instant", "date", "utc")]
    [InlineData("attachment byte", "attachments", "REPORT.XLS")]
    public void WhatExchange55CarriesIsStillCompared(string kind, string field, string detail)
    {
        var expected = new[] { Message(1) };
        var output = new[] { Message(1) };
        if (kind == "utc instant")
        {
            output[0].Date = output[0].Date!.Value.AddSeconds(1);
        }
        else
        {
            output[0].Attachments[0] = output[0].Attachments[0] with { Bytes = [1, 2, 4] };
        }

        var result = Check(output, expected, Exchange55);

        var difference = Assert.Single(result.Differences);
        Assert.Equal((field, detail), (difference.Field, difference.Detail));
        Assert.Equal(FidelityGrade.Poor, result.Run.Grade);
    }

    [Fact]
    public void ReportsSayWhatTheFormatCannotCarry()
    {
        var messages = new[] { Message(1) };
        var report = new ComparisonReport { Truth = Check(messages, messages, Exchange55) };

        var console = new StringWriter();
        ConsoleReportWriter.WritePlain(report, console, new ReportOptions());
        using var stream = new MemoryStream();
        JsonReportWriter.Write(report, stream, new ReportOptions());
        var truth = JsonNode.Parse(stream.ToArray())!["truth"]!;

        Assert.Contains("exchange55 cannot carry (not compared, 1 messages): attachment-dates, date-local-time, receipt", console.ToString(), StringComparison.Ordinal);
        Assert.Contains("n/a (not carried)", console.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, truth["fields"]!.AsArray().Single(f => (string?)f!["field"] == "receipt")!["notCarried"]!.GetValue<int>());
        Assert.Equal("exchange55", (string?)truth["notCarried"]![0]!["format"]);
    }
}
