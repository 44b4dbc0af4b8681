using MailMig.Fidelity.Generator.Generation;
using MailMig.Fidelity.Generator.Tests.Support;

namespace MailMig.Fidelity.Generator.Tests.Generation;

/// <summary>Worker threads build messages ahead of the writer; the bytes are those of one thread, whatever the parallelism.</summary>
public sealed class ParallelismTests
{
    [Theory]
    [InlineData("minimal", 3, 2_000, "none")]
    [InlineData("realistic", 12, 900, "all")]
    [InlineData("bulk", 40, 3_000, null)]
    public void GeneratingWithOneAndWithSeveralThreadsGivesByteIdenticalFiles(string profile, int users, int messages, string? faults)
    {
        var options = new GeneratorOptions
        {
            Seed = 5, Profile = profile, Users = users, Messages = messages, Faults = faults is null ? null : [faults], PersonalData = true,
        };
        using var single = new GeneratedFolder(options with { Parallelism = 1 });
        foreach (var parallelism in new[] { 2, 3 })
        {
            using var parallel = new GeneratedFolder(options with { Parallelism = parallelism });
            Assert.Equal(single.Result.Files, parallel.Result.Files);
            Assert.Equal(single.Bytes("generation.json"), parallel.Bytes("generation.json"));
        }
    }

    [Fact]
    public void ACancelledParallelRunStopsItsWorkersAndSaysSo()
    {
        using var temp = new TempFolder();
        using var cancel = new CancellationTokenSource();
        var options = new GeneratorOptions { Seed = 5, Profile = "minimal", Users = 2, Messages = 3_000, Faults = ["none"], Parallelism = 2 };
        Assert.ThrowsAny<OperationCanceledException>(() => PostOfficeGenerator.Generate(options, temp.Sub("out"),
            progress: (written, _) =>
            {
                if (written == 700)
                {
                    cancel.Cancel();
                }
            },
            cancellationToken: cancel.Token));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void AParallelismOutsideOneToSixtyFourIsAUsageError(int parallelism)
    {
        var error = Assert.Throws<GeneratorUsageException>(() => GenerationSettings.Resolve(new GeneratorOptions { Parallelism = parallelism }));
        Assert.Equal($"--parallelism must be between 1 and 64, not {parallelism}", error.Message);
    }
}
