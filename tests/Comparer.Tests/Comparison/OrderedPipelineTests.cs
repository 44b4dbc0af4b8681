using MailMig.Fidelity.Comparer.Comparison;

namespace MailMig.Fidelity.Comparer.Tests.Comparison;

/*
 * The pipeline behind compare's single pass: results must come out in source order whatever
 * thread worked them, and a run must end whichever thread meets the end of the source first
 * (the calling thread once waited forever when it was the one that found the source empty).
 */

public sealed class OrderedPipelineTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public async Task ARunEndsWhicheverThreadFindsTheEndOfTheSource(int items)
    {
        for (var run = 0; run < 200; run++)
        {
            var committed = new List<int>();
            var pipeline = Task.Run(() => OrderedPipeline<int, int>.Run(Enumerable.Range(0, items), i => i, committed.Add, threads: 2, window: 4, CancellationToken.None));

            Assert.True(await Ends(pipeline), $"run {run} of a {items}-item source did not end");
            Assert.Equal(Enumerable.Range(0, items), committed);
        }
    }

    [Fact]
    public async Task ResultsAreCommittedInSourceOrderWhateverTheOrderTheyAreWorkedIn()
    {
        var committed = new List<int>();
        var random = new Random(7);
        var delays = Enumerable.Range(0, 500).Select(_ => random.Next(3)).ToArray();

        var pipeline = Task.Run(() => OrderedPipeline<int, int>.Run(Enumerable.Range(0, 500), i => { Thread.SpinWait(delays[i] * 2000); return i * 10; }, committed.Add, threads: 3, window: 8, CancellationToken.None));

        Assert.True(await Ends(pipeline));
        Assert.Equal(Enumerable.Range(0, 500).Select(i => i * 10), committed);
    }

    [Fact]
    public async Task AFailingItemFailsTheRunWithItsExceptionInsteadOfHanging()
    {
        var pipeline = Task.Run(() => OrderedPipeline<int, int>.Run(Enumerable.Range(0, 100), i => i == 37 ? throw new InvalidDataException("item 37") : i, _ => { }, threads: 2, window: 4, CancellationToken.None));

        var failure = await Assert.ThrowsAsync<InvalidDataException>(() => pipeline.WaitAsync(Patience));
        Assert.Equal("item 37", failure.Message);
    }

    private static async Task<bool> Ends(Task pipeline) => await Task.WhenAny(pipeline, Task.Delay(Patience)) == pipeline;
}
