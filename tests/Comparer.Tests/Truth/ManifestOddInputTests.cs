using System.Text;
using MailMig.Fidelity.Comparer.Tests.Support;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Tests.Truth;

/*
 * Pins what the manifest reader and index make of odd lines, literally (not by comparing the two,
 * which share their code): a faster reader must give the same records and the same diagnostics.
 */

public sealed class ManifestOddInputTests
{
    private const string Header = """{"record":"header","format":"mailmig-fidelity/manifest@1"}""";

    private const string Start = """{"record":"message","mailbox":"Doe, Jane","index":1""";

    private static Manifest Parse(params string[] lines) => ManifestReader.Parse("m.jsonl", [Header, .. lines]);

    [Fact]
    public void ADuplicateKeyIsReadAsItsLastOccurrence()
    {
        var message = Assert.Single(Parse(Start + ""","subject":"first","subject":"second","index":2,"from":{"type":"A","type":"B","address":"x"},"read":true,"read":false}""").Messages);

        Assert.Equal(("second", 2, "B", false), (message.Content.Subject, message.Index, message.Content.From!.Type, message.Read));
    }

    [Fact]
    public void ADuplicateRecordKeyIsReadAsItsLastOccurrence()
    {
        var manifest = Parse("""{"record":"message","record":"mailbox","mailbox":"Doe, Jane","index":1}""", """{"record":"mailbox","record":"message","mailbox":"Doe, Jane","index":2}""");

        Assert.Equal(2, Assert.Single(manifest.Messages).Index);
    }

    [Theory]
    [InlineData(""","mailbox":5,"index":"x"}""", "manifest.invalid-record", "'index' must be a positive integer")]
    [InlineData(""","subject":5,"to":"x"}""", "manifest.invalid-record", "'to' must be an array")]
    [InlineData(""","outcome":"lost","date":"never"}""", "manifest.invalid-record", "'date' is not an ISO 8601 date: never")]
    [InlineData(""","faults":[{"id":1}],"outcome":"lost"}""", "manifest.invalid-record", "'id' must be a string")]
    [InlineData(""","index":"x"} x""", "manifest.invalid-json", "not valid JSON: 'x' is invalid after a single JSON value. Expected end of data. LineNumber: 0 | BytePositionInLine: 65.")]
    [InlineData(""","index":"x",}""", "manifest.invalid-json", "not valid JSON: The JSON object contains a trailing comma at the end which is not supported in this mode. Change the reader options. LineNumber: 0 | BytePositionInLine: 64.")]
    [InlineData(""","date":"1998-02-30T00:00:00Z"}""", "manifest.invalid-record", "'date' is not an ISO 8601 date: 1998-02-30T00:00:00Z")]
    [InlineData(""","bySource":{"db8":{"outcome":"gone"}}}""", "manifest.invalid-record", "'outcome' is 'gone', expected migrated, repaired or skipped")]
    [InlineData(""","priority":7}""", "manifest.invalid-record", "'priority' must be a string")]
    public void ARecordWithSeveralFaultsIsReportedByTheSameFirstFault(string rest, string code, string message)
    {
        var diagnostic = Assert.Single(Parse(Start + rest).Diagnostics);

        Assert.Equal((code, message, 2), (diagnostic.Code, diagnostic.Message, diagnostic.Line));
    }

    [Fact]
    public void OddButValidValuesAreReadAsBefore()
    {
        var message = Assert.Single(Parse("""{"mailbox":"Doe,\u0020Jane","ind\u0065x":3,"record":"message","from":"not an object","receiptTo":[],"read":"true","priority":"HIGH","date":"1998-11-16 10:30:00+02:00","""
            + """ "to":null,"cc":[{"type":"SMTP","address":"a@b","displayName":null}],"attachments":[{"name":"A","size":10,"sha256":"AB"}],"faults":[{"id":"f","offset":"7"}],"repairs":null,"""
            + """ "bySource":{"db8":{"repairs":null,"skipReason":null,"attachments":null},"export":{}},"unknown":[1,{"x":2}]}""").Messages);

        Assert.Equal(("Doe, Jane", 3, null, null, false, "high"), (message.Mailbox, message.Index, message.Content.From, message.ReceiptTo, message.Read, message.Priority));
        Assert.Equal(new DateTimeOffset(1998, 11, 16, 10, 30, 0, TimeSpan.FromHours(2)), message.Content.Date);
        Assert.Equal((0, 1, "ab", (long?)null), (message.Content.To.Count, message.Content.Cc.Count, message.Content.Attachments[0].Sha256, message.Faults[0].Offset));
        var db8 = message.BySource["db8"];
        Assert.Equal((0, true, null, 0), (db8.Repairs!.Count, db8.HasSkipReason, db8.SkipReason, db8.Attachments!.Count));
        Assert.Equal((null, false, null), (message.BySource["export"].Repairs, message.BySource["export"].HasSkipReason, message.BySource["export"].Attachments));
    }

    [Fact]
    public void AnIndexedManifestOfOddLinesGivesTheseDiagnosticsAndRecords()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("manifest.jsonl");
        var lines = new[] { Header, Start + "}", "\t ", Start + ""","index":0}""", """{"record":"thing"}""", "[1]", Start.Replace("1", "2", StringComparison.Ordinal) + ""","subject":"a","subject":"b"}""", """{"record":"mailbox","x":}""" };
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r"), 0xFF, (byte)'\n', .. Encoding.UTF8.GetBytes(Start.Replace("1", "3", StringComparison.Ordinal) + "}")]);

        using var index = ManifestIndex.Build(path);

        Assert.Equal([
            path + ":4: error manifest.invalid-record: 'index' must be a positive integer",
            path + ":5: warning manifest.unknown-record: unknown record 'thing' ignored",
            path + ":6: error manifest.invalid-record: the line is not a JSON object",
            path + ":8: error manifest.invalid-json: not valid JSON: '}' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 24.",
            path + ":9: error manifest.invalid-json: not valid JSON: '0xEF' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 0."],
            index.Summary.Diagnostics.Select(d => d.ToString()));
        Assert.Equal((4, 3), (index.Summary.ErrorCount, index.Count));
        Assert.Equal([(2, 1, ""), (7, 2, "b"), (10, 3, "")], Enumerable.Range(0, index.Count).Select(slot => index.Read(slot)!).Select(m => (m.Line, m.Index, m.Content.Subject)));
    }

    [Fact]
    public void AnIndexKeepsTheFirstHundredErrorsAndCountsThemAll()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("manifest.jsonl");
        File.WriteAllLines(path, [Header, .. Enumerable.Range(0, 300).Select(i => i % 2 == 0 ? "{" : Start + "}")]);

        using var index = ManifestIndex.Build(path);

        Assert.Equal((150, 150, 100), (index.Summary.ErrorCount, index.Count, index.Summary.Diagnostics.Count));
        Assert.Equal(path + ":200: error manifest.invalid-json", index.Summary.Diagnostics[^1].ToString()[..(path.Length + 33)]);
    }
}
