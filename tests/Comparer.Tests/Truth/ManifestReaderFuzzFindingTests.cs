using MailMig.Fidelity.Comparer.Diagnostics;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Tests.Truth;

/*
 * What the AFL++ campaign on the manifest reader found (fuzz/README.md; the minimized inputs are in
 * FuzzReplay/Corpus/manifest/crash-*): JSON of the right syntax but the wrong shape threw from
 * System.Text.Json instead of becoming one error diagnostic for its line.
 */

public sealed class ManifestReaderFuzzFindingTests
{
    private const string Header = """{"record":"header","format":"mailmig-fidelity/manifest@1"}""";

    private const string Start = """{"record":"message","mailbox":"Smith, Grover","index":1""";

    [Theory]
    [InlineData("\"forwarded\":[0]", "'forwarded' must hold objects")]
    [InlineData("\"faults\":[\"\"]", "'faults' must hold objects")]
    [InlineData("\"attachments\":[1]", "'attachments' must hold objects")]
    [InlineData("\"bySource\":{\"export\":{\"attachments\":[true]}}", "'attachments' must hold objects")]
    [InlineData("\"attachments\":[{\"name\":\"a\",\"size\":0.5}]", "attachment 'size' must be a whole number")]
    [InlineData("\"attachments\":[{\"name\":\"a\",\"size\":1e400}]", "attachment 'size' must be a whole number")]
    [InlineData("\"faults\":[{\"id\":\"x\",\"offset\":0.0}]", "fault 'offset' must be a whole number")]
    [InlineData("\"bySource\":{\"db8\":{},\"db8\":{}}", "'bySource' names 'db8' twice")]
    public void ARecordOfTheWrongShapeIsAnErrorForItsLineNotAnException(string member, string expected)
    {
        var manifest = ManifestReader.Parse("manifest.jsonl", [Header, Start + "," + member + "}", Start.Replace("\"index\":1", "\"index\":2", StringComparison.Ordinal) + "}"]);

        var error = Assert.Single(manifest.Diagnostics);
        Assert.Equal((ComparerSeverity.Error, "manifest.invalid-record", 1), (error.Severity, error.Code, error.Line - 1));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(manifest.Messages).Index);
    }

    [Theory]
    [InlineData("\"subject\":\"\\ud800\"", "'subject'")]
    [InlineData("\"folder\":\"a\\udc00b\"", "'folder'")]
    [InlineData("\"from\":{\"displayName\":\"\\ud800\",\"type\":\"SMTP\",\"address\":\"a@b\"}", "'displayName'")]
    [InlineData("\"repairs\":[\"\\ud800\"]", "'repairs'")]
    [InlineData("\"bySource\":{\"\\ud800\":{}}", "'bySource'")]
    public void AnUnpairedSurrogateEscapeIsAnErrorForItsLineNotAnException(string member, string expected)
    {
        var lines = new[] { Header, Start + "," + member + "}", Start.Replace("\"index\":1", "\"index\":2", StringComparison.Ordinal) + "}" };

        var manifest = ManifestReader.Parse("manifest.jsonl", lines);

        var error = Assert.Single(manifest.Diagnostics);
        Assert.Equal((ComparerSeverity.Error, "manifest.invalid-record", 1), (error.Severity, error.Code, error.Line - 1));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("unpaired surrogate", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(manifest.Messages).Index);
    }
}
