using MailMig.Fidelity.Cli.Sharding;
using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Sharding;

/// <summary>corpora/durations.json is read leniently: what cannot be read is a diagnostic, never a stopped gate.</summary>
public sealed class CaseDurationsTests : IDisposable
{
    private readonly TempFolder _corpora = new();

    [Fact]
    public void SavedDurationsReadBackRoundedToHundredths()
    {
        new CaseDurations { Seconds = new Dictionary<string, double>() }.With([new("b", 2.3456), new("a", 0.0001)]).Save(_corpora.Path);

        var read = CaseDurations.Load(_corpora.Path);

        Assert.Equal(new Dictionary<string, double> { ["a"] = 0.01, ["b"] = 2.35 }, read.Seconds);
        Assert.Empty(read.Diagnostics);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"format\": \"something-else@1\", \"cases\": {}}")]
    public void AnUnreadableFileIsIgnoredWithADiagnosticNamingIt(string text)
    {
        File.WriteAllText(CaseDurations.PathIn(_corpora.Path), text);

        var read = CaseDurations.Load(_corpora.Path);

        Assert.Empty(read.Seconds);
        Assert.Contains(CaseDurations.PathIn(_corpora.Path), Assert.Single(read.Diagnostics), StringComparison.Ordinal);
    }

    [Fact]
    public void AnEntryThatIsNotPositiveSecondsIsIgnoredAndNamed()
    {
        File.WriteAllText(CaseDurations.PathIn(_corpora.Path), "{\"format\": \"" + CaseDurations.Format + "\", \"cases\": {\"a\": 1.5, \"b\": \"slow\", \"c\": -1}}");

        var read = CaseDurations.Load(_corpora.Path);

        Assert.Equal(new Dictionary<string, double> { ["a"] = 1.5 }, read.Seconds);
        Assert.Equal(2, read.Diagnostics.Count);
        Assert.Contains("case 'b'", read.Diagnostics[0], StringComparison.Ordinal);
    }

    public void Dispose() => _corpora.Dispose();
}
