using System.Globalization;
using System.Text.RegularExpressions;
using MailMig.Fidelity.Generator.Tests.Support;

namespace MailMig.Fidelity.Generator.Tests.Generation;

public sealed partial class DeterminismTests
{
    [Fact]
    public void TheSameOptionsGiveTheSameManifestBytes()
    {
        var first = ModelManifest.Bytes(Sessions.Create("minimal"));
        var second = ModelManifest.Bytes(Sessions.Create("minimal"));
        Assert.Equal(first, second);
    }

    [Fact]
    public void AnotherSeedGivesOtherBytes()
    {
        Assert.NotEqual(ModelManifest.Bytes(Sessions.Create("minimal", seed: 1)), ModelManifest.Bytes(Sessions.Create("minimal", seed: 2)));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ja-JP")]
    [InlineData("de-DE")]
    public void TheCurrentCultureDoesNotChangeABit(string culture)
    {
        var expected = ModelManifest.Bytes(Sessions.Create("realistic", messages: 300));
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Assert.Equal(expected, ModelManifest.Bytes(Sessions.Create("realistic", messages: 300)));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (saved, savedUi);
        }
    }

    [Fact]
    public void TheSameOptionsGiveByteIdenticalFilesOnARepeatedRunUnderAnotherCulture()
    {
        var options = new MailMig.Fidelity.Generator.Generation.GeneratorOptions { Profile = "minimal", CodePage = 932 };
        using var first = new GeneratedFolder(options);
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
            using var second = new GeneratedFolder(options);
            Assert.Equal(first.Result.Files, second.Result.Files);
            Assert.Equal(first.Bytes("generation.json"), second.Bytes("generation.json"));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (saved, savedUi);
        }
    }

    [Fact]
    public void TheGeneratorNeverReadsTheClockTheLocalZoneTheCurrentCultureOrAStaticSeed()
    {
        var offenders = Directory.EnumerateFiles(RepoPaths.Of("src", "Generator"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, n) => (file, n, line)))
            .Where(x => Forbidden().IsMatch(x.line))
            .Select(x => $"{Path.GetFileName(x.file)}:{x.n + 1}: {x.line.Trim()}")
            .ToArray();
        Assert.True(offenders.Length == 0, "forbidden calls:\n" + string.Join("\n", offenders));
    }

    // The clock, the machine's zone and culture, static or clock-seeded randomness, process-randomised hashes.
    [GeneratedRegex(@"DateTime(Offset)?\.(Now|UtcNow|Today)|TimeZoneInfo\.Local|CultureInfo\.Current(UI)?Culture|Randomizer\.Seed|new Random\(\)|new Randomizer\(\)|Environment\.TickCount|Guid\.NewGuid|\.GetHashCode\(\)|Stopwatch")]
    private static partial Regex Forbidden();
}
