using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using CsCheck;
using MailMig.Fidelity.Comparer.Tests.FuzzReplay;
using MailMig.Fidelity.Comparer.Tests.Support;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Tests.Truth;

/*
 * The scanner must read every line it does not give up on exactly as the JsonDocument reader does,
 * whether it builds the record or only checks it: compared line by line on mutations of valid
 * records (10,000 per run), on the saved fuzz corpus, and on lines written to be odd.
 */

public sealed class ManifestRecordScannerTests
{
    private const string Message = """{"record":"message","mailbox":"Smith, Grover","index":17,"folder":"Projects\\2024","from":{"displayName":"Smith, Grover","type":"CCMAIL","address":"Smith, Grover at FERGUSON"},"to":[{"displayName":null,"type":"ATTMAIL","address":"guygood"}],"cc":[],"bcc":[],"receiptTo":{"type":"SMTP","address":"r@x"},"subject":"Quarterly \u00e9 numbers\ud83d\ude00","date":"1998-11-16T15:30:00Z","dateLocal":"1998-11-16T10:30:00","priority":"High","read":false,"body":"Text\n\"quoted\"","attachments":[{"name":"REPORT.XLS","size":1024,"sha256":"ABCDEF","date":"1998-11-14T09:12:00"}],"forwarded":[{"from":null,"to":[],"cc":[],"subject":"inner","date":"1998-11-16 10:30:00+02:00","body":"b","attachments":[],"forwarded":[{"subject":"deep"}]}],"faults":[{"id":"attmail-address","where":"model","file":"x.txt","offset":12,"detail":"d"}],"outcome":"repaired","repairs":["date-invalid-clamped"],"skipReason":null,"bySource":{"db8":{"outcome":"skipped","skipReason":"s","repairs":[]},"export":{"attachments":[{"name":"A","size":1}]}}}""";

    private const string Mailbox = """{"record":"mailbox","mailbox":"Smith, Grover","folders":["Inbox"],"messages":478,"faults":[]}""";

    private static readonly string[] OddLines =
    [
        """{"record":"message","mailbox":"M","index":1}""",
        """{"record":"message","mailbox":"M","index":1,"date":"1998-02-29T00:00:00Z"}""",
        """{"record":"message","mailbox":"M","index":1,"date":"2000-02-29T24:00:00Z"}""",
        """{"record":"message","mailbox":"M","index":1,"date":"0000-01-01T00:00:00Z"}""",
        """{"record":"message","mailbox":"M","index":1,"date":"1998-11-16t15:30:00z"}""",
        """{"record":"message","mailbox":"M","index":1,"subject":"\ud800"}""",
        """{"record":"message","mailbox":"M","index":1,"body":"\u0041\\u0041"}""",
        """{"record":"message","mailbox":"M","index":1,"bySource":{"db8":{},"d\u00628":{}}}""",
        """{"record":"message","mailbox":"M","index":1,"bySource":{"db8":{"repairs":null,"attachments":null,"skipReason":null}}}""",
        """{"record":"message","mailbox":"M","index":1,"faults":[{"id":"f","offset":"1"},{"id":"g","offset":{"a":1}}]}""",
        """{"record":"message","mailbox":"M","index":1,"from":[1],"receiptTo":"x","read":{"a":[true]},"bySource":7}""",
        """{"record":"message","mailbox":"M","index":1.0}""",
        """{"record":"message","mailbox":"M","index":2147483648}""",
        """{"record":"message","mailbox":"M","index":1,"to":[{"type":"A","address":"B","type":"C"}]}""",
        """{"record":"message","mailbox":"M","index":1,"outcome":"migr\u0061ted"}""",
        """ {"record":"message","mailbox":"M","index":1} """,
        """{"record":"message","mailbox":"M","index":1}{}""",
        """{"record":"bulletinBoard","record":"message","mailbox":"M","index":1}""",
        """{"record":"addressBook","entries":[1,2,{"x":null}]}""",
        """{"index":1,"record":"message","mailbox":"M"}""",
        """{"record":"header","format":"x"}""",
        "\uFEFF" + """{"record":"message","mailbox":"M","index":1}""",
        """{"record":"message","mailbox":"M","index":1,"to":[""" + string.Concat(Enumerable.Repeat("[", 70)) + "]",
    ];

    [Fact]
    public async Task MutatedRecordsAreReadByTheScannerAsByTheDocumentReaderOrGivenUpOn()
    {
        var valid = new[] { Message, Mailbox, OddLines[8], OddLines[10] }.Select(Encoding.UTF8.GetBytes).ToArray();
        await SpecialFiles.WithinSeconds(240, () =>
        {
            Fuzz.Mutated(valid).Sample(AgreesWithTheDocumentReader, iter: Fuzz.Inputs);
            return true;
        });
    }

    [Fact]
    public void OddLinesAreReadByTheScannerAsByTheDocumentReaderOrGivenUpOn()
    {
        Assert.All([Message, Mailbox, .. OddLines], line => Assert.True(AgreesWithTheDocumentReader(Encoding.UTF8.GetBytes(line)), line));
    }

    [Fact]
    public void TheSavedFuzzCorpusIsReadByTheScannerAsByTheDocumentReaderOrGivenUpOn()
    {
        var files = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "FuzzReplay", "Corpus", "manifest")).Select(Path.GetFileName).ToList();
        var lines = files.SelectMany(input => Lines(FuzzCorpus.Read("manifest", input!))).ToList();

        Assert.True(lines.Count > files.Count);
        Assert.All(lines, line => Assert.True(AgreesWithTheDocumentReader(line), Encoding.UTF8.GetString(line)));
    }

    [Fact]
    public void TheRecordsAGeneratorWritesAreNeverGivenUpOn()
    {
        foreach (var line in new[] { Message, Mailbox })
        {
            Assert.True(ManifestRecordScanner.TryRead(Encoding.UTF8.GetBytes(line), 1, build: true, null, out _, out _, out _));
            Assert.True(ManifestRecordScanner.TryRead(Encoding.UTF8.GetBytes(line), 1, build: false, null, out _, out _, out _));
        }
    }

    // True when the scanner gives up on the line, or reads it (building or checking) as the JsonDocument reader does.
    private static bool AgreesWithTheDocumentReader(byte[] line)
    {
        if (!Utf8.IsValid(line) || string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(line)))
        {
            return true;
        }

        var built = ManifestRecordScanner.TryRead(line, 3, build: true, null, out var message, out var mailbox, out var index);
        var checkedOnly = ManifestRecordScanner.TryRead(line, 3, build: false, null, out var none, out var checkedMailbox, out var checkedIndex);
        if (built != checkedOnly || none is not null || (mailbox, index) != (checkedMailbox, checkedIndex))
        {
            return false;
        }

        ManifestLine reference;
        try
        {
            reference = ManifestDocumentReader.ReadLine("m.jsonl", null, line, 3, null);
        }
        catch (InvalidOperationException)
        {
            return !built;
        }

        return !built || (reference.Header is null && reference.Diagnostic is null && Json(reference.Message) == Json(message) && mailbox == reference.Message?.Mailbox);
    }

    private static IEnumerable<byte[]> Lines(byte[] bytes)
    {
        for (var start = 0; start <= bytes.Length;)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            end = end < 0 ? bytes.Length : end;
            yield return bytes[start..end];
            start = end + 1;
        }
    }

    private static string Json(ManifestMessage? message) => JsonSerializer.Serialize(message);
}
