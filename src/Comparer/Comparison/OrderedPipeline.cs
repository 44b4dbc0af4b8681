using System.Runtime.ExceptionServices;

namespace MailMig.Fidelity.Comparer.Comparison;

/*
 * Runs independent work on several threads and hands the results to one committer in source
 * order, so whatever the commit builds (a report) is the same bytes as a sequential run. It
 * replaced batches with a barrier each (Parallel.For over 512 files, then commit): a batch kept
 * every message of it alive until its last was read, which pushed megabytes into the older GC
 * generations, and both threads waited at every barrier for the slower one. Here at most `window`
 * items are in flight; the calling thread commits whatever is next in order and otherwise works
 * like the others. The source is read under the lock, one item at a time, so it may do work of
 * its own lazily (list a folder when its first file is due).
 */

/// <summary>Works items on several threads and commits their results in source order, with a bounded number in flight.</summary>
/// <typeparam name="TItem">What the source yields.</typeparam>
/// <typeparam name="TResult">What work makes of an item.</typeparam>
internal sealed class OrderedPipeline<TItem, TResult>
{
    private readonly object _gate = new();
    private readonly IEnumerator<TItem> _source;
    private readonly Func<TItem, TResult> _work;
    private readonly TResult[] _results;
    private readonly bool[] _ready;
    private long _claimed;
    private long _committed;
    private bool _sourceDone;
    private ExceptionDispatchInfo? _failure;

    private OrderedPipeline(IEnumerator<TItem> source, Func<TItem, TResult> work, int window)
    {
        _source = source;
        _work = work;
        _results = new TResult[window];
        _ready = new bool[window];
    }

    /// <summary>Works every item of <paramref name="source"/> on up to <paramref name="threads"/> threads (this one included) and commits the results in order on this thread.</summary>
    public static void Run(IEnumerable<TItem> source, Func<TItem, TResult> work, Action<TResult> commit, int threads, int window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (threads <= 1)
        {
            foreach (var item in source)
            {
                cancellationToken.ThrowIfCancellationRequested();
                commit(work(item));
            }

            return;
        }

        using var items = source.GetEnumerator();
        var pipeline = new OrderedPipeline<TItem, TResult>(items, work, Math.Max(1, window));
        var helpers = Enumerable.Range(1, threads - 1)
            .Select(_ => Task.Factory.StartNew(pipeline.Help, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        try
        {
            pipeline.CommitAll(commit, cancellationToken);
        }
        catch (Exception e)
        {
            pipeline.Fail(ExceptionDispatchInfo.Capture(e));
            throw;
        }
        finally
        {
            Task.WaitAll(helpers);
        }
    }

    // A helper thread: claims and works items until the source is done or the run failed.
    private void Help()
    {
        while (TryClaimWaiting(out var item, out var sequence))
        {
            WorkAndStore(item!, sequence);
        }
    }

    private void CommitAll(Action<TResult> commit, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var step = NextStep(out var result, out var item, out var sequence);
            if (step == Step.Commit)
            {
                commit(result!);
            }
            else if (step == Step.Work)
            {
                WorkAndStore(item!, sequence);
            }
            else
            {
                return;
            }
        }
    }

    private enum Step
    {
        Commit,
        Work,
        Done,
    }

    // Under the lock: the next result in order if it is ready, else an item to work, else wait.
    private Step NextStep(out TResult? result, out TItem? item, out long sequence)
    {
        (result, item, sequence) = (default, default, -1);
        lock (_gate)
        {
            while (true)
            {
                _failure?.Throw();
                var slot = (int)(_committed % _ready.Length);
                if (_ready[slot])
                {
                    (result, _results[slot], _ready[slot]) = (_results[slot], default!, false);
                    _committed++;
                    Monitor.PulseAll(_gate);
                    return Step.Commit;
                }

                if (TryClaim(out item, out sequence))
                {
                    return Step.Work;
                }

                // Checked after the claim: this thread may just have found the end of the source, and nobody else would wake it.
                if (_sourceDone && _committed == _claimed)
                {
                    return Step.Done;
                }

                if (_failure is null)
                {
                    Monitor.Wait(_gate);
                }
            }
        }
    }

    private bool TryClaimWaiting(out TItem? item, out long sequence)
    {
        lock (_gate)
        {
            while (true)
            {
                if (TryClaim(out item, out sequence))
                {
                    return true;
                }

                if (_failure is not null || _sourceDone)
                {
                    return false;
                }

                Monitor.Wait(_gate);
            }
        }
    }

    // Called under the lock: the next source item, unless the window is full, the source is done or the run failed.
    private bool TryClaim(out TItem? item, out long sequence)
    {
        (item, sequence) = (default, -1);
        if (_failure is not null || _sourceDone || _claimed - _committed >= _ready.Length)
        {
            return false;
        }

        try
        {
            if (!_source.MoveNext())
            {
                _sourceDone = true;
                Monitor.PulseAll(_gate);
                return false;
            }
        }
        catch (Exception e)
        {
            _failure = ExceptionDispatchInfo.Capture(e);
            Monitor.PulseAll(_gate);
            return false;
        }

        (item, sequence) = (_source.Current, _claimed++);
        return true;
    }

    private void WorkAndStore(TItem item, long sequence)
    {
        TResult result;
        try
        {
            result = _work(item);
        }
        catch (Exception e)
        {
            Fail(ExceptionDispatchInfo.Capture(e));
            return;
        }

        lock (_gate)
        {
            var slot = (int)(sequence % _ready.Length);
            (_results[slot], _ready[slot]) = (result, true);
            Monitor.PulseAll(_gate);
        }
    }

    private void Fail(ExceptionDispatchInfo failure)
    {
        lock (_gate)
        {
            _failure ??= failure;
            Monitor.PulseAll(_gate);
        }
    }
}
