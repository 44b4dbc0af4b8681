using System.Runtime.ExceptionServices;
using MailMig.Fidelity.Generator.PostOffices;

namespace MailMig.Fidelity.Generator.Generation;

/*
 * Building copies (content from the event's seed, faults, the message model) is about 40% of what
 * generate costs and depends on the plan alone, so worker threads build mailboxes ahead while the
 * calling thread writes them (DB8, export, manifest: the other 60%) strictly in mailbox order. The
 * files, their offsets and the manifest are written by that one thread exactly as without workers,
 * so the bytes do not depend on the number of workers.
 * Workers take mailboxes in increasing order, each builds a whole mailbox with builders of its own,
 * and a mailbox's copies wait in a bounded queue: at most workers × QueuedBatches × BatchSize copies
 * are held, whatever the mailbox sizes. The writer only ever waits for the mailbox it needs, which a
 * worker holds or will take next, so the pipeline cannot deadlock. A worker that stops (an exception,
 * or cancellation) records why in the mailbox's queue and the writer rethrows it there, so a mailbox
 * is never written short; disposing stops the workers. Bogus serialises every draw of every
 * Randomizer on one static lock, so builders beyond the first mostly wait for each other: one
 * builder and the writer is the pair that fits two cores.
 */

/// <summary>Builds mailboxes on worker threads, ahead of the thread that writes them in order.</summary>
internal sealed class MailboxPipeline : IDisposable
{
    private const int BatchSize = 16;
    private const int QueuedBatches = 4;
    private readonly IReadOnlyList<LocalUser> _users;
    private readonly MailboxQueue?[] _queues;
    private readonly CancellationTokenSource _stop;
    private readonly Task[] _workers;
    private readonly bool _renderManifest;
    private int _next = -1;

    /// <summary>Starts <paramref name="workers"/> threads building the mailboxes of <paramref name="session"/>.</summary>
    public MailboxPipeline(GenerationSession session, int workers, CancellationToken cancellationToken)
    {
        _users = session.PostOffice.Users;
        _queues = new MailboxQueue?[_users.Count];
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _renderManifest = workers > 1;
        _workers = Enumerable.Range(0, workers)
            .Select(_ => session.NewMailboxBuilder())
            .Select(builder => Task.Factory.StartNew(() => Work(builder), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
    }

    /// <summary>The copies of <paramref name="user"/>'s mailbox in source order, as the workers build them; call in mailbox order.</summary>
    public IEnumerable<GeneratedCopy> Mailbox(LocalUser user)
    {
        var queue = Queue(user.Index);
        foreach (var batch in queue.Batches.GetConsumingEnumerable(_stop.Token))
        {
            foreach (var copy in batch)
            {
                yield return copy;
            }
        }

        // The worker is done with a completed queue; one left half-read is disposed with the pipeline.
        _queues[user.Index] = null;
        queue.Dispose();
        queue.Failure?.Throw();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _stop.Cancel();
        Task.WaitAll(_workers); // workers catch everything: what stopped one is in its mailbox's queue

        foreach (var queue in _queues)
        {
            queue?.Dispose();
        }

        _stop.Dispose();
    }

    private MailboxQueue Queue(int user) => LazyInitializer.EnsureInitialized(ref _queues[user], () => new MailboxQueue(QueuedBatches));

    // Takes the next mailbox nobody builds yet until none is left; stops at the first failure or cancellation.
    private void Work(MailboxBuilder builder)
    {
        var token = _stop.Token;
        for (var user = Interlocked.Increment(ref _next); user < _users.Count && !token.IsCancellationRequested; user = Interlocked.Increment(ref _next))
        {
            var queue = Queue(user);
            try
            {
                Fill(builder, _users[user], queue, token);
            }
            catch (Exception e)
            {
                queue.Failure = ExceptionDispatchInfo.Capture(e);
                return;
            }
            finally
            {
                queue.Batches.CompleteAdding();
            }
        }
    }

    // Builds the mailbox's copies in batches; with two workers or more (then the writer is the slower side),
    // renders the manifest line of each copy that locates nothing.
    private void Fill(MailboxBuilder builder, LocalUser user, MailboxQueue queue, CancellationToken token)
    {
        var batch = new List<GeneratedCopy>(BatchSize);
        foreach (var copy in builder.Mailbox(user))
        {
            batch.Add(_renderManifest && copy.LocatesNothing
                ? copy with { ManifestLine = builder.Manifest.MessageLine(user.Name, copy.Index + 1, copy.Build.Message, PostOfficeGenerator.Expectation(copy, [])) }
                : copy);
            if (batch.Count == BatchSize)
            {
                queue.Batches.Add([.. batch], token);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            queue.Batches.Add([.. batch], token);
        }
    }
}
