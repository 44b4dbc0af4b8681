using MailMig.Fidelity.Generator.Generation;
using MailMig.Fidelity.Generator.Tests.Support;

namespace MailMig.Fidelity.Generator.Tests.Generation;

/// <summary>The result of a run counts what it wrote, whether or not anyone watches its progress.</summary>
public sealed class GenerationResultTests
{
    private static GeneratorOptions Small => new() { Seed = 7, Profile = "minimal", Users = 3, Messages = 30, Faults = ["none"] };

    [Fact]
    public void TheResultCountsEveryMessageWrittenWithoutAProgressCallback()
    {
        using var folder = new GeneratedFolder(Small);
        Assert.Equal(30, folder.Messages.Count());
        Assert.Equal(30, folder.Result.Messages);
    }

    [Fact]
    public void TheProgressCallbackSeesEveryMessageAndTheResultAgrees()
    {
        using var temp = new TempFolder();
        var reported = new List<(long Written, long Total)>();
        var result = PostOfficeGenerator.Generate(Small, temp.Sub("out"), progress: (written, total) => reported.Add((written, total)));
        Assert.Equal(Enumerable.Range(1, 30).Select(n => ((long)n, 30L)), reported);
        Assert.Equal(30, result.Messages);
    }
}
