using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;
using MailMig.Fidelity.Migrator.Addresses;
using MailMig.Fidelity.Migrator.Conversion;
using MailMig.Fidelity.Migrator.Output;
using MailMig.Fidelity.Migrator.Sources;

namespace MailMig.Fidelity.Migrator.Migration;

/*
 * Mailboxes are migrated in parallel (bounded), and inside each a pipeline: records are read in source order,
 * converted and rendered on pool tasks (several at once), and committed in source order, so the output is
 * byte-identical at any parallelism. Every record ends as exactly one of migrated, repaired or skipped:
 * conversion runs under a watchdog (a message that takes too long is abandoned and skipped as
 * watchdog-timeout), and any exception
 * in one message skips that message as unexpected-error. A reader that fails mid-mailbox leaves the rest
 * of the mailbox (as many as its index announced) skipped as source-unreadable. The report is written with
 * complete:false before anything else and rewritten at mailbox checkpoints, and with complete:true at the end.
 */

/// <summary>Migrates every message of a source into an output folder and accounts for each one.</summary>
public sealed partial class MigrationEngine
{
    private readonly IMigrationSource _source;
    private readonly MigrationOptions _options;
    private readonly DateConverter _dates;
    private readonly AddressMapper _addresses;
    private readonly long? _messagesTotal;
    private readonly object _gate = new();
    private readonly ConcurrentDictionary<string, string> _relativeFiles = new(StringComparer.Ordinal);
    private long _committed;
    private long _done;
    private long _skipped;
    private int _mailboxesDone;
    private string[] _segments = [];
    private IReadOnlySet<int>? _shardPositions;

    /// <summary>Prepares the migration of <paramref name="source"/>; throws <see cref="TimeZoneNotFoundException"/> for an unknown zone.</summary>
    public MigrationEngine(IMigrationSource source, MigrationOptions options)
    {
        _source = source;
        _options = options;
        var postOffice = source.PostOffice;
        _dates = new DateConverter(TimeZoneInfo.FindSystemTimeZoneById(postOffice.TimeZoneId), options.Dates);
        OrgDomain = options.OrgDomain ?? AddressMapper.DefaultOrgDomain(postOffice.Name);
        _addresses = new AddressMapper(OrgDomain, postOffice.Name, options.Mapping);
        _messagesTotal = source.Mailboxes.All(m => m.MessageCount is not null) ? source.Mailboxes.Sum(m => (long)m.MessageCount!.Value) : null;
    }

    /// <summary>The domain IMCEA addresses are written under.</summary>
    public string OrgDomain { get; }

    /// <summary>The report's name for <paramref name="target"/>.</summary>
    public static string TargetName(OutputTarget target) => target switch
    {
        OutputTarget.Mbox => "mbox",
        OutputTarget.Exchange55 => "exchange55",
        OutputTarget.Imap => "imap",
        _ => "eml",
    };

    /// <summary>Runs the migration; cancelling leaves committed messages and a <c>complete:false</c> report for a rerun to resume.</summary>
    public async Task<MigrationReport> RunAsync(CancellationToken cancellationToken = default)
    {
        using var folderLock = OutputFolderLock.Acquire(_options.OutputDirectory, TargetName(_options.Target));
        var mailboxes = PlanMailboxes();
        _segments = [.. mailboxes.Select(m => m.Segment)];
        mailboxes = mailboxes.Where(m => InShard(m.Slot)).ToList();
        var outcomes = new MailboxOutcome?[_segments.Length];
        MigrationReportFile.Write(_options.OutputDirectory, BuildReport(outcomes, complete: false), _options.FlushToDisk);
        var checkpointEvery = Math.Max(1, mailboxes.Count / 20);

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(mailboxes, parallel, async (item, ct) =>
        {
            var outcome = await MigrateMailboxAsync(item.Mailbox, item.Segment, ct).ConfigureAwait(false);
            lock (_gate)
            {
                outcomes[item.Slot] = outcome;
                _mailboxesDone++;
                if (_mailboxesDone % checkpointEvery == 0 && _mailboxesDone < mailboxes.Count)
                {
                    MigrationReportFile.Write(_options.OutputDirectory, BuildReport(outcomes, complete: false), _options.FlushToDisk);
                }
            }

            ReportProgress();
        }).ConfigureAwait(false);

        MigratePersonalData(_source.Mailboxes.Select((m, i) => (m.Name, _segments[i])));
        var report = BuildReport(outcomes, complete: true);
        MigrationReportFile.Write(_options.OutputDirectory, report, _options.FlushToDisk);
        return report;
    }

    private int Parallelism => Math.Max(1, _options.MaxParallelism);

    // The one place that decides which mailboxes a run migrates and where: every one of the source, in source order.
    private List<(SourceMailbox Mailbox, int Slot, string Segment)> PlanMailboxes()
    {
        var roots = new SiblingSegments();
        return _source.Mailboxes.Select((m, i) => (Mailbox: m, Slot: i, Segment: roots.AllocateNew(m.Name))).ToList();
    }

    // The mailbox's pipeline: this task reads records in source order and starts each one's conversion on the pool;
    // up to twice the parallelism are in flight, and the oldest is committed (in source order) before one more starts.
    private async Task<MailboxOutcome> MigrateMailboxAsync(SourceMailbox mailbox, string segment, CancellationToken cancellationToken)
    {
        var outcome = new MailboxOutcome(mailbox.Name, segment);
        var folders = new FolderSegments();
        using var writer = CreateWriter(Path.Combine(_options.OutputDirectory, segment), mailbox.Name);
        foreach (var folder in mailbox.Folders)
        {
            writer.AddFolder(folders.Allocate(folder));
        }

        var inFlight = new Queue<PendingMessage>();
        var window = Parallelism == 1 ? 1 : 2 * Parallelism;
        var lastIndex = 0;
        ReportLocation lastLocation = new("", -1);
        Exception? failure = null;
        using (var records = _source.ReadMessages(mailbox).GetEnumerator())
        {
            while (TryRead(records, out var record, out failure, cancellationToken))
            {
                lastIndex = Math.Max(lastIndex, record.Index);
                var pending = Start(record, mailbox.Name, folders, writer);
                lastLocation = pending.Location;
                inFlight.Enqueue(pending);
                if (inFlight.Count >= window)
                {
                    await FinishAsync(inFlight.Dequeue(), mailbox.Name, writer, outcome).ConfigureAwait(false);
                }
            }
        }

        while (inFlight.TryDequeue(out var pending))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await FinishAsync(pending, mailbox.Name, writer, outcome).ConfigureAwait(false);
        }

        if (failure is not null)
        {
            SkipRest(mailbox, outcome, lastIndex, lastLocation, failure);
        }

        writer.Complete();
        return outcome;
    }

    // The next record in source order; false at the end, or with the exception the reader threw (the rest of the mailbox is then skipped).
    private static bool TryRead(IEnumerator<MessageRecord> records, [NotNullWhen(true)] out MessageRecord? record, out Exception? failure, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        (record, failure) = (null, null);
        try
        {
            if (!records.MoveNext())
            {
                return false;
            }

            record = records.Current;
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            failure = ex;
            return false;
        }
    }

    // Reader side, in source order: folder segments are allocated here; conversion and rendering go to the pool.
    private PendingMessage Start(MessageRecord record, string mailbox, FolderSegments folders, MailboxWriter writer)
    {
        var location = Location(record);
        if (record.Message is not { } message)
        {
            return new PendingMessage(record, location, null);
        }

        var context = new ConversionContext(_source.PostOffice.Name, mailbox, record.Index, $"{location.File}@{location.Offset.ToString(CultureInfo.InvariantCulture)}",
            _addresses, _dates, DiagnosticOutcomes.RepairsOf(record));
        var segments = folders.Allocate(message.Folder);
        var hook = _options.BeforeConvert;
        var work = Task.Run(() =>
        {
            hook?.Invoke(mailbox, message);
            var result = MessageConverter.Convert(message, context);
            using (result.Message)
            {
                // Disposing matters: MIME entities have finalizers, and undisposed ones survive into gen 1.
                return (Result: result, Prepared: writer.Prepare(result, record.Index, segments));
            }
        });
        return new PendingMessage(record, location, work);
    }

    // Writer side, in source order: waits for the conversion (the watchdog counts from here), commits and accounts.
    private async Task FinishAsync(PendingMessage pending, string mailbox, MailboxWriter writer, MailboxOutcome outcome)
    {
        var (record, location, work) = pending;
        if (work is null)
        {
            var (reason, detail) = DiagnosticOutcomes.SkipOf(record);
            Skip(outcome, new SkippedMessage(mailbox, record.Index, reason, detail, location));
            CountDone();
            return;
        }

        try
        {
            (ConversionResult Result, PreparedMessage Prepared) done;
            try
            {
                done = work.IsCompleted ? await work.ConfigureAwait(false) : await work.WaitAsync(_options.WatchdogTimeout).ConfigureAwait(false);
            }
            catch (TimeoutException) when (!work.IsCompleted)
            {
                Skip(outcome, new SkippedMessage(mailbox, record.Index, SkipReasons.WatchdogTimeout,
                    string.Create(CultureInfo.InvariantCulture, $"converting the message took longer than {_options.WatchdogTimeout.TotalSeconds:0.###} s; it was abandoned"), location));
                return;
            }

            var (converted, prepared) = done;
            writer.Commit(prepared);
            if (converted.Repairs.Count > 0)
            {
                outcome.AddRepaired(new RepairedMessage(mailbox, record.Index, converted.Repairs, location, DiagnosticOutcomes.DetailsOf(record)));
            }
            else
            {
                outcome.Migrated++;
            }

            _options.MessageCommitted?.Invoke(Interlocked.Increment(ref _committed));
        }
        catch (TargetRefusedException ex)
        {
            Skip(outcome, new SkippedMessage(mailbox, record.Index, SkipReasons.TargetRefused, ex.Message, location));
        }
        catch (Exception ex)
        {
            Skip(outcome, new SkippedMessage(mailbox, record.Index, SkipReasons.UnexpectedError, $"{ex.GetType().Name}: {ex.Message}", location));
        }
        finally
        {
            CountDone();
        }
    }

    private void CountDone()
    {
        if (Interlocked.Increment(ref _done) % 64 == 0)
        {
            ReportProgress();
        }
    }

    private void SkipRest(SourceMailbox mailbox, MailboxOutcome outcome, int lastIndex, ReportLocation lastLocation, Exception ex)
    {
        outcome.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "migrate.source-failed",
            $"reading mailbox '{mailbox.Name}' failed after message {lastIndex}: {ex.GetType().Name}: {ex.Message}", lastLocation.File, lastLocation.Offset));
        for (var index = lastIndex + 1; index <= (mailbox.MessageCount ?? 0); index++)
        {
            Skip(outcome, new SkippedMessage(mailbox.Name, index, SkipReasons.SourceUnreadable,
                $"the reader failed before this message: {ex.GetType().Name}: {ex.Message}", lastLocation));
        }
    }

    private void Skip(MailboxOutcome outcome, SkippedMessage skipped)
    {
        outcome.AddSkipped(skipped);
        Interlocked.Increment(ref _skipped);
    }

    // A source has few files and every record names one of them: each is made relative once.
    private ReportLocation Location(MessageRecord record) =>
        new(_relativeFiles.GetOrAdd(record.Location.File, _source.RelativeFile), record.Location.Offset);

    private MailboxWriter CreateWriter(string directory, string mailbox) => _options.Target switch
    {
        OutputTarget.Mbox => new MboxMailboxWriter(directory, mailbox) { FlushToDisk = _options.FlushToDisk },
        OutputTarget.Imap => new ImapMailboxWriter(_options.Imap ?? throw new InvalidOperationException("the IMAP target needs MigrationOptions.Imap"), Path.GetFileName(directory), mailbox),
        OutputTarget.Exchange55 => new Exchange55MailboxWriter(directory, mailbox, _source.PostOffice.Name, _source.PostOffice.CodePage) { FlushToDisk = _options.FlushToDisk },
        _ => new EmlMailboxWriter(directory, mailbox) { FlushToDisk = _options.FlushToDisk },
    };

    /// <summary>Whether the mailbox at store position <paramref name="slot"/> is in this run's shard (lost mailboxes are reported by part 1).</summary>
    private bool InShard(int slot) =>
        _options.Shard is not { } shard || (_shardPositions ??= shard.Positions([.. _source.Mailboxes.Select(m => m.MessageCount)])).Contains(slot);

    private void ReportProgress() =>
        _options.Progress?.Invoke(new MigrationProgress(Volatile.Read(ref _mailboxesDone), _source.Mailboxes.Count, Interlocked.Read(ref _done), _messagesTotal, Interlocked.Read(ref _skipped)));

    private MigrationReport BuildReport(IReadOnlyList<MailboxOutcome?> outcomes, bool complete)
    {
        var done = outcomes.OfType<MailboxOutcome>().ToList();
        var diagnostics = _source.Diagnostics.Concat(_personalDiagnostics).Concat(_options.Mapping?.Diagnostics ?? []).Concat(done.SelectMany(o => o.Diagnostics));
        var mailboxes = done.Select(o => o.ToReport()).ToList();
        return new MigrationReport
        {
            Source = _source.Description,
            SourceKind = _source.Kind,
            Target = TargetName(_options.Target),
            OrgDomain = OrgDomain,
            Complete = complete,
            Totals = new ReportTotals(mailboxes.Sum(m => m.Source), mailboxes.Sum(m => m.Migrated), mailboxes.Sum(m => m.Repaired), mailboxes.Sum(m => m.Skipped)),
            Mailboxes = mailboxes,
            Repaired = [.. done.SelectMany(o => o.Repaired)],
            Skipped = [.. done.SelectMany(o => o.Skipped)],
            Recovered = [.. _source.Mailboxes.Select((m, i) => (Mailbox: m, Slot: i)).Where(m => m.Mailbox.RecoveredFrom is not null && InShard(m.Slot))
                .Select(m => new RecoveredMailbox(m.Mailbox.Name, _segments[m.Slot], m.Mailbox.RecoveredFrom!))],
            Lost = _options.Shard is null or { Index: 1 } ? _source.LostMailboxes : [],
            PersonalData = _personalData,
            Diagnostics = ReportDiagnostics.Collect(diagnostics, _options.MaxDiagnostics, _source.RelativeFile),
            Shard = _options.Shard is { } shard
                ? new ReportShard(shard.Index, shard.Count, [.. outcomes.Select((o, slot) => (Outcome: o, Slot: slot)).Where(o => o.Outcome is not null).Select(o => o.Slot)])
                : null,
        };
    }
}
