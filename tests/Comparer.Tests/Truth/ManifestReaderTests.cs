using MailMig.Fidelity.Comparer.Diagnostics;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Tests.Truth;

public class ManifestReaderTests
{
    private const string Header = """{"record":"header","format":"mailmig-fidelity/manifest@1","generator":"0.1.0","seed":42,"profile":"realistic","users":20,"messages":500,"faults":["attmail-address"],"faultRate":0.0,"postOffice":"FERGUSON","codePage":850,"timeZone":"America/New_York","outputs":["db8","export"]}""";

    private const string Message = """{"record":"message","mailbox":"Smith, Grover","index":17,"folder":"Projects\\2024","from":{"displayName":"Smith, Grover","type":"CCMAIL","address":"Smith, Grover at FERGUSON"},"to":[{"displayName":null,"type":"ATTMAIL","address":"guygood"}],"cc":[],"bcc":[],"receiptTo":null,"subject":"Quarterly numbers","date":"1998-11-16T15:30:00Z","dateLocal":"1998-11-16T10:30:00","priority":"normal","read":false,"body":"Text","attachments":[{"name":"REPORT.XLS","size":1024,"sha256":"ABCDEF","date":"1998-11-14T09:12:00"}],"forwarded":[{"from":null,"to":[],"cc":[],"subject":"inner","date":null,"body":"b","attachments":[],"forwarded":[]}],"faults":[{"id":"attmail-address","where":"model","file":null,"offset":null}],"outcome":"repaired","repairs":["date-invalid-clamped"],"skipReason":null}""";

    [Fact]
    public void ReadsTheDocumentedRecords()
    {
        var manifest = ManifestReader.Parse("m.jsonl", [Header, Message]);

        Assert.Empty(manifest.Diagnostics);
        Assert.Equal((42L, "FERGUSON"), (manifest.Header!.Seed, manifest.Header.PostOffice));
        var message = Assert.Single(manifest.Messages);
        Assert.Equal(("Smith, Grover", 17, "Projects\\2024", 2), (message.Mailbox, message.Index, message.Folder, message.Line));
        Assert.Equal(new ManifestAddress(null, "ATTMAIL", "guygood"), Assert.Single(message.Content.To));
        Assert.Equal(new DateTimeOffset(1998, 11, 16, 15, 30, 0, TimeSpan.Zero), message.Content.Date);
        Assert.Equal(new ManifestAttachment("REPORT.XLS", 1024, "abcdef", "1998-11-14T09:12:00"), Assert.Single(message.Content.Attachments));
        Assert.Equal("inner", Assert.Single(message.Content.Forwarded).Subject);
        Assert.Equal((ExpectedOutcome.Repaired, "date-invalid-clamped"), (message.Outcome, Assert.Single(message.Repairs)));
        Assert.Equal("attmail-address", Assert.Single(message.Faults).Id);
    }

    [Fact]
    public void ABadLineIsAnErrorNamingTheFileAndLineAndTheOthersAreStillRead()
    {
        var manifest = ManifestReader.Parse("po/manifest.jsonl", [Header, "{not json", "", Message.Replace("\"index\":17", "\"index\":\"x\"", StringComparison.Ordinal), Message]);

        Assert.True(manifest.HasErrors);
        Assert.Equal(["po/manifest.jsonl:2: error manifest.invalid-json", "po/manifest.jsonl:4: error manifest.invalid-record: 'index' must be a positive integer"],
            manifest.Diagnostics.Select(d => d.ToString()).Select(s => s.StartsWith("po/manifest.jsonl:2", StringComparison.Ordinal) ? s[..s.IndexOf(": not", StringComparison.Ordinal)] : s));
        Assert.Equal(5, Assert.Single(manifest.Messages).Line);
    }

    [Theory]
    [InlineData("\"outcome\":\"repaired\"", "\"outcome\":\"lost\"", "'outcome' is 'lost'")]
    [InlineData("\"mailbox\":\"Smith, Grover\",", "", "'mailbox' is missing")]
    [InlineData("\"to\":[{", "\"to\":[7,{", "an address must be an object")]
    [InlineData("\"date\":\"1998-11-16T15:30:00Z\"", "\"date\":\"yesterday\"", "'date' is not an ISO 8601 date")]
    public void RecordsThatBreakTheContractAreErrors(string from, string to, string message)
    {
        var manifest = ManifestReader.Parse("m.jsonl", [Header, Message.Replace(from, to, StringComparison.Ordinal)]);

        var diagnostic = Assert.Single(manifest.Diagnostics);
        Assert.Equal((ComparerSeverity.Error, 2), (diagnostic.Severity, diagnostic.Line));
        Assert.Contains(message, diagnostic.Message);
    }

    [Fact]
    public void ValuesRepeatedAcrossRecordsAreHeldOnceNotOncePerRecord()
    {
        var manifest = ManifestReader.Parse("m.jsonl", [Header, Message, Message.Replace("\"index\":17", "\"index\":18", StringComparison.Ordinal)]);

        var (first, second) = (manifest.Messages[0], manifest.Messages[1]);
        Assert.Same(first.Mailbox, second.Mailbox);
        Assert.Same(first.Folder, second.Folder);
        Assert.Same(first.Content.Subject, second.Content.Subject);
        Assert.Same(first.Content.From!.Address, second.Content.From!.Address);
        Assert.Same(first.Content.To[0].Type, second.Content.To[0].Type);
    }

    [Fact]
    public void ARealFileIsReadLineByLineWithItsLineNumbers()
    {
        var path = Path.Combine(Path.GetTempPath(), "manifest-" + Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllLines(path, [Header, "", Message]);
        try
        {
            var manifest = ManifestReader.Read(path);

            Assert.Empty(manifest.Diagnostics);
            Assert.Equal(3, Assert.Single(manifest.Messages).Line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AMissingFileIsAnErrorNamingIt()
    {
        var manifest = ManifestReader.Read("/nonexistent/manifest.jsonl");

        Assert.Equal(("manifest.unreadable", "/nonexistent/manifest.jsonl"), (manifest.Diagnostics[0].Code, manifest.Diagnostics[0].File));
    }
}
