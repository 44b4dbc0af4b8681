using MailMig.Fidelity.Generator.Generation;
using MailMig.Fidelity.Migrator.Migration;
using MailMig.Fidelity.Migrator.Output;
using MailMig.Fidelity.Migrator.Sources;
using MailMig.Fidelity.Migrator.Tests.Support;

namespace MailMig.Fidelity.Migrator.Tests.Migration;

/*
 * The pipeline (read, convert in parallel, write in source order) must not change one output byte: a generated
 * post office with every fault sprayed, migrated from its DB8 store and from one export file (a single mailbox,
 * so only the in-mailbox pipeline is parallel), gives the same tree, report included, with one thread and with
 * more. And the messages of one mailbox really are converted at the same time when parallelism allows it.
 */
public sealed class ParallelismTests : IClassFixture<ParallelismTests.Generated>
{
    private readonly Generated _generated;

    public ParallelismTests(Generated generated) => _generated = generated;

    public static TheoryData<OutputTarget, int> Targets => new()
    {
        { OutputTarget.Eml, 2 }, { OutputTarget.Mbox, 2 }, { OutputTarget.Exchange55, 2 }, { OutputTarget.Mbox, 4 },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void EveryTargetWritesTheSameBytesFromTheStoreWithOneThreadAsWithMore(OutputTarget target, int parallelism)
    {
        using var single = new TempDirectory();
        using var parallel = new TempDirectory();
        Migrate(Path.Combine(_generated.Folder.Path, "po"), single.Path, target, 1);
        Migrate(Path.Combine(_generated.Folder.Path, "po"), parallel.Path, target, parallelism);
        Migrating.AssertSameTree(single.Path, parallel.Path);
        Assert.True(Migrating.Tree(single.Path).Count > 3);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void EveryTargetWritesTheSameBytesFromOneExportFileWithOneThreadAsWithMore(OutputTarget target, int parallelism)
    {
        var export = Directory.EnumerateFiles(Path.Combine(_generated.Folder.Path, "export")).Order(StringComparer.Ordinal).First();
        using var single = new TempDirectory();
        using var parallel = new TempDirectory();
        Migrate(export, single.Path, target, 1);
        Migrate(export, parallel.Path, target, parallelism);
        Migrating.AssertSameTree(single.Path, parallel.Path);
        Assert.Contains("\"skipped\"", File.ReadAllText(Path.Combine(single.Path, MigrationReport.FileName)), StringComparison.Ordinal);
    }

    [Fact]
    public void TheMessagesOfOneMailboxAreConvertedAtTheSameTimeWhenParallelismAllows()
    {
        using var output = new TempDirectory();
        using var second = new ManualResetEventSlim();
        var converting = 0;
        var overlapped = false;
        var records = Enumerable.Range(1, 6).Select(i => Migrating.Record(i, TestMessages.Simple($"message {i}"))).ToArray();
        var report = Migrating.Run(Migrating.Source(("Smith, Grover", records)), output.Path, OutputTarget.Mbox, o => o with
        {
            MaxParallelism = 2,
            BeforeConvert = (_, _) =>
            {
                if (Interlocked.Increment(ref converting) == 2)
                {
                    second.Set();
                }

                // The first conversion waits (bounded) for a second one to start beside it.
                overlapped |= second.Wait(TimeSpan.FromSeconds(5));
                Interlocked.Decrement(ref converting);
            },
        });
        Assert.Equal(6, report.Totals.Migrated);
        Assert.True(overlapped, "no two messages of the mailbox were converted at the same time");
    }

    private static void Migrate(string source, string output, OutputTarget target, int parallelism)
    {
        using var opened = MigrationSources.Open(source, "America/New_York");
        var report = Migrating.Run(opened, output, target, o => o with { MaxParallelism = parallelism, FlushToDisk = false });
        Assert.True(report.Complete);
    }

    /// <summary>A generated post office with every catalog fault sprayed, shared by the tests of this class.</summary>
    public sealed class Generated : IDisposable
    {
        public Generated() => PostOfficeGenerator.Generate(
            new GeneratorOptions { Seed = 15, Users = 3, Messages = 240, Faults = ["all"], FaultRate = 0.1, TimeZoneId = "America/New_York" }, Folder.Path, force: true);

        public TempDirectory Folder { get; } = new();

        public void Dispose() => Folder.Dispose();
    }
}
