using System.Text;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Tests.FuzzReplay;

/// <summary>Replays the manifest reader's saved fuzz corpus (fuzz/run.sh manifest), split into lines as File.ReadLines does, without AFL.</summary>
public sealed class ManifestFuzzReplayTests
{
    public static TheoryData<string> Inputs => FuzzCorpus.Files("manifest");

    [Theory]
    [MemberData(nameof(Inputs))]
    public void EachSavedManifestIsReadWithoutExceptionWithBoundedDiagnosticsAndOneSummaryLine(string input)
    {
        var lines = Lines(FuzzCorpus.Read("manifest", input));

        var manifest = ManifestReader.Parse(input, lines);
        var summary = manifest.ErrorSummary();

        Assert.True(manifest.Diagnostics.Count <= lines.Count + 2, $"{manifest.Diagnostics.Count} diagnostics for {lines.Count} lines");
        Assert.True(manifest.Messages.Count <= lines.Count, $"{manifest.Messages.Count} messages from {lines.Count} lines");
        Assert.True(summary is null ? !manifest.HasErrors : !summary.Contains('\n', StringComparison.Ordinal), "summary " + summary);
    }

    private static List<string> Lines(byte[] bytes)
    {
        var lines = new List<string>();
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }
        return lines;
    }
}
