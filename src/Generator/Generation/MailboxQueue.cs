using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace MailMig.Fidelity.Generator.Generation;

/// <summary>One mailbox's copies on their way from the worker that builds them to the writer: a bounded queue of batches, and the worker's failure.</summary>
internal sealed class MailboxQueue : IDisposable
{
    /// <summary>A queue that holds at most <paramref name="batches"/> batches before the worker waits.</summary>
    public MailboxQueue(int batches) => Batches = new BlockingCollection<GeneratedCopy[]>(batches);

    /// <summary>The built copies in source order, in batches; adding is complete when the mailbox is built or its worker failed.</summary>
    public BlockingCollection<GeneratedCopy[]> Batches { get; }

    /// <summary>What stopped the worker before the mailbox was built, or null.</summary>
    public ExceptionDispatchInfo? Failure { get; set; }

    /// <inheritdoc/>
    public void Dispose() => Batches.Dispose();
}
