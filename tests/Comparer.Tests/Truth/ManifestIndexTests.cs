using System.Text;
using System.Text.Json;
using MailMig.Fidelity.Comparer.Tests.Support;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Tests.Truth;

public class ManifestIndexTests
{
    private const string Header = """{"record":"header","format":"mailmig-fidelity/manifest@1","generator":"test","seed":1,"profile":"bulk","users":2,"messages":3,"postOffice":"FERGUSON","timeZone":"UTC"}""";

    private static string Message(string mailbox, int index, string body = "Text") =>
        $$"""{"record":"message","mailbox":"{{mailbox}}","index":{{index}},"folder":"Inbox","from":{"displayName":"A","type":"CCMAIL","address":"A at PO"},"to":[],"subject":"S {{index}}","date":"1998-11-16T15:30:00Z","body":"{{body}}","outcome":"migrated"}""";

    [Theory]
    [InlineData("\n", false)]
    [InlineData("\r\n", false)]
    [InlineData("\r", false)]
    [InlineData("\n", true)]
    [InlineData("\r\n", true)]
    public void AnIndexedManifestHasTheSameRecordsAndDiagnosticsAsTheReadOne(string lineEnd, bool bom)
    {
        using var temp = new TempFolder();
        var lines = new[] { Header, Message("Smith, Grover", 1), "", "{not json", Message("Smith, Grover", 2, new string('x', 200_000)), "   ",
            Message("Doe, Jane", 1).Replace("\"index\":1", "\"index\":0", StringComparison.Ordinal), Message("Doe, Jane", 1), Message("Doe, Jane", 1), """{"record":"mailbox"}""" };
        var path = temp.Combine("manifest.jsonl");
        File.WriteAllBytes(path, [.. (bom ? (byte[])[0xEF, 0xBB, 0xBF] : []), .. Encoding.UTF8.GetBytes(string.Join(lineEnd, lines) + lineEnd)]);

        var read = ManifestReader.Read(path);
        using var index = ManifestIndex.Build(path);

        Assert.Equal(read.Diagnostics.Select(d => d.ToString()), index.Summary.Diagnostics.Select(d => d.ToString()));
        Assert.Equal((read.ErrorCount, read.Header, 4), (index.Summary.ErrorCount, index.Summary.Header, index.Count));
        Assert.Equal(read.Messages.Select(Json), Enumerable.Range(0, index.Count).Select(slot => Json(index.Read(slot)!)));
        Assert.Equal(new Dictionary<string, int> { ["Smith, Grover"] = 2, ["Doe, Jane"] = 2 }, index.ExpectedByMailbox);
    }

    [Fact]
    public void AnIndexedManifestReadsNonAsciiInvalidUtf8AndUnicodeBlankLinesAsTheReaderDoes()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("manifest.jsonl");
        var text = string.Join('\n', Header, Message("Åström, Björn", 1, "Grüße"), "\u00a0\u2028", "\u00a0{", Message("B\u00f6hm, G\u00fcnther", 2)) + "\n";
        var invalid = Encoding.UTF8.GetBytes(Message("Doe, Jane", 3, "INVALID")).AsEnumerable()
            .SelectMany(b => b == (byte)'I' ? new byte[] { 0xC3, 0x28 } : [b]);
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(text), .. invalid, (byte)'\n', 0x1F, (byte)' ', (byte)'\n']);

        var read = ManifestReader.Read(path);
        using var index = ManifestIndex.Build(path);

        Assert.Equal(read.Diagnostics.Select(d => d.ToString()), index.Summary.Diagnostics.Select(d => d.ToString()));
        Assert.Equal((read.ErrorCount, read.Messages.Count), (index.Summary.ErrorCount, index.Count));
        Assert.Equal(read.Messages.Select(Json), Enumerable.Range(0, index.Count).Select(slot => Json(index.Read(slot)!)));
    }

    [Fact]
    public void AnUnpairedSurrogateEscapeIsAnErrorForItsLineInTheIndexToo()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("manifest.jsonl");
        File.WriteAllText(path, string.Join('\n', Header, Message("Doe, Jane", 1, "\\ud800"), Message("Doe, Jane", 2)) + "\n");

        using var index = ManifestIndex.Build(path);

        var error = Assert.Single(index.Summary.Diagnostics);
        Assert.Equal(("manifest.invalid-record", 2, 1), (error.Code, error.Line, index.Count));
    }

    [Fact]
    public void ASecondRecordWithTheSameKeySharesTheFirstOnesClaim()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("manifest.jsonl");
        File.WriteAllText(path, string.Join('\n', Header, Message("Doe, Jane", 1), Message("Doe, Jane", 1), Message("Doe, Jane", 2)));
        using var index = ManifestIndex.Build(path);

        Assert.True(index.TryFind("Doe, Jane", 1, out var slot));
        Assert.Equal(0, slot);
        Assert.True(index.Claim(slot));
        Assert.False(index.Claim(slot));
        Assert.Equal([true, true, false], Enumerable.Range(0, 3).Select(index.IsClaimed));
    }

    [Fact]
    public void AnEmptyFileOrAFolderIsOneErrorLikeTheReaderSays()
    {
        using var temp = new TempFolder();
        var empty = temp.Combine("empty.jsonl");
        File.WriteAllText(empty, "");

        foreach (var path in new[] { empty, temp.Path, temp.Combine("missing.jsonl") })
        {
            using var index = ManifestIndex.Build(path);
            Assert.Equal(ManifestReader.Read(path).ErrorSummary(), index.Summary.ErrorSummary());
            Assert.NotNull(index.Summary.ErrorSummary());
        }
    }

    private static string Json(ManifestMessage message) => JsonSerializer.Serialize(message);
}
