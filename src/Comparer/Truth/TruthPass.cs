using System.Globalization;
using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Comparer.Truth;

/*
 * The ground-truth check as one pass over messages read elsewhere (FolderComparison reads each
 * once for both checks). Judge runs in parallel and touches no shared state but the record
 * reads; Commit runs in output order, so which of two messages for one record is "the second"
 * does not depend on thread timing. Messages without a usable index are kept and paired by
 * content at the end (UnindexedPairing), then every record nothing claimed is judged absent.
 * A sharded check (`compare --shard`) neither judges nor counts messages of the mailboxes another
 * part checks (ManifestRecords.Covers), whose records it does not hold either.
 *
 * Outcomes (docs/fault-catalog.md): a record the manifest says is skipped is correct when it is
 * absent and the migration report skips it with the same reason; anything else about it is a
 * Report difference. A record the manifest says is migrated but that is absent is user data lost,
 * whether or not the report admits to skipping it.
 */

/// <summary>Judges messages against manifest records and collects the ground-truth result.</summary>
internal sealed class TruthPass
{
    private readonly ManifestRecords _records;
    private readonly MigrationReport? _report;
    private readonly Dictionary<(string, int), ReportedSkip> _skips;
    private readonly Dictionary<(string, int), IReadOnlyList<string>> _repairs;
    private readonly CheckState _state = new();
    private readonly List<MigratedMessage> _deferred = [];

    /// <summary>Checks against <paramref name="records"/>, with the migration <paramref name="report"/>'s skipped and repaired lists.</summary>
    public TruthPass(ManifestRecords records, MigrationReport? report)
    {
        _records = records;
        _report = report;
        _skips = (report?.Skipped ?? []).GroupBy(s => (s.Mailbox, s.Index)).ToDictionary(g => g.Key, g => g.First());
        _repairs = (report?.Repaired ?? []).GroupBy(r => (r.Mailbox, r.Index)).ToDictionary(g => g.Key, g => g.First().Repairs);
    }

    /// <summary>Judges <paramref name="message"/> against the record its (mailbox, index) names; thread-safe.</summary>
    public TruthJudgement Judge(MigratedMessage message)
    {
        var mailbox = MailboxOf(message);
        if (!_records.Covers(mailbox))
        {
            return new TruthJudgement(message, mailbox, -1, null, []);
        }

        if (message.SourceIndex is { } index && _records.TryFind(mailbox, index, out var slot) && Read(slot) is { } record)
        {
            var (compared, all) = Judge(record, message);
            return new TruthJudgement(message, mailbox, slot, compared, all);
        }

        return new TruthJudgement(message, mailbox, -1, null, []);
    }

    /// <summary>Records a judgement; called in output order.</summary>
    public void Commit(TruthJudgement judgement)
    {
        if (!_records.Covers(judgement.Mailbox))
        {
            return;
        }

        _state.CountFound(judgement.Mailbox);
        if (judgement.Slot < 0)
        {
            _deferred.Add(judgement.Message);
        }
        else if (_records.Claim(judgement.Slot))
        {
            Record(judgement.Message, judgement.Compared, judgement.Differences);
        }
        else
        {
            var index = judgement.Message.SourceIndex!.Value.ToString(CultureInfo.InvariantCulture);
            _state.Add(Extra(judgement.Mailbox, judgement.Message, "a second message for " + judgement.Mailbox + " #" + index));
        }
    }

    /// <summary>Records differences found outside the messages (bulletin boards, contacts, groups).</summary>
    public void AddAll(IEnumerable<TruthDifference> differences)
    {
        foreach (var difference in differences)
        {
            _state.Add(difference);
        }
    }

    /// <summary>Pairs the messages without a usable index, judges every record nothing claimed, and grades the run.</summary>
    public TruthResult Finish(string actualFolder, IEnumerable<OutputEntry> notRegularFiles)
    {
        foreach (var entry in notRegularFiles.Select(NotRegular).Where(d => _records.Covers(d.Mailbox)))
        {
            _state.Add(entry);
        }

        PairByContent();
        for (var slot = 0; slot < _records.Count; slot++)
        {
            if (!_records.IsClaimed(slot) && Read(slot) is { } record)
            {
                JudgeAbsent(record);
            }
        }

        var diagnostics = _records.Summary.Diagnostics.Concat(_report?.Diagnostics ?? []).ToList();
        return _state.ToResult(actualFolder, _records, diagnostics);
    }

    private ManifestMessage? Read(int slot) => _records.Read(slot)?.ForSource(_report?.SourceKind);

    private (IReadOnlyList<TruthDifference>? Compared, IReadOnlyList<TruthDifference> All) Judge(ManifestMessage record, MigratedMessage message)
    {
        var key = (record.Mailbox, record.Index);
        if (record.Outcome == ExpectedOutcome.Skipped)
        {
            return (null, [Outcome(record, message.Location?.ToString(), "skipped (" + record.SkipReason + ")", "migrated")]);
        }

        var differences = MessageComparison.Compare(record, message, _repairs.GetValueOrDefault(key));
        if (!_skips.TryGetValue(key, out var skip))
        {
            return (differences, differences);
        }

        var all = differences.ToList();
        all.Add(Outcome(record, message.Location?.ToString(), "migrated", "migrated, but the report also says skipped (" + skip.Reason + ")"));
        return (differences, all);
    }

    private void Record(MigratedMessage message, IReadOnlyList<TruthDifference>? compared, IReadOnlyList<TruthDifference> all)
    {
        if (compared is not null)
        {
            _state.Tally(compared, message.Format, message.NotCarried);
        }

        foreach (var difference in all)
        {
            _state.Add(difference);
        }
    }

    private void JudgeAbsent(ManifestMessage record)
    {
        _skips.TryGetValue((record.Mailbox, record.Index), out var skip);
        if (record.Outcome == ExpectedOutcome.Skipped)
        {
            if (skip is not null && skip.Reason == record.SkipReason)
            {
                _state.CountSkippedAsExpected(record.Mailbox);
            }
            else
            {
                _state.Add(Outcome(record, null, "skipped (" + record.SkipReason + ")", skip is null ? "absent, and the report does not say it was skipped" : "skipped (" + skip.Reason + ")"));
            }

            return;
        }

        var actual = skip is null ? "(missing)" : "skipped (" + skip.Reason + ")" + (skip.Detail is null ? "" : ": " + skip.Detail);
        _state.Add(new TruthDifference(record.Mailbox, record.Index, null, TruthField.Message, null,
            DifferenceValue.Plain(record.Outcome.ToString().ToLowerInvariant() + " in " + ProjectionWriter.Quote(record.Folder)), DifferenceValue.Plain(actual)));
    }

    private void PairByContent()
    {
        if (_deferred.Count == 0)
        {
            return;
        }

        var unclaimed = new List<(ManifestMessage Record, int Slot)>();
        for (var slot = 0; slot < _records.Count; slot++)
        {
            if (!_records.IsClaimed(slot) && Read(slot) is { } record && !_skips.ContainsKey((record.Mailbox, record.Index)))
            {
                unclaimed.Add((record, slot));
            }
        }

        var slots = new Dictionary<ManifestMessage, int>(ReferenceEqualityComparer.Instance);
        foreach (var (record, slot) in unclaimed)
        {
            slots.TryAdd(record, slot);
        }

        var (pairs, unpaired) = UnindexedPairing.Pair(unclaimed.Select(u => u.Record), _deferred, MailboxOf);
        foreach (var (record, message) in pairs)
        {
            if (_records.Claim(slots[record]))
            {
                var (compared, all) = Judge(record, message);
                Record(message, compared, all);
            }
            else
            {
                _state.Add(Extra(MailboxOf(message), message, "a message the manifest does not list"));
            }
        }

        foreach (var message in unpaired)
        {
            _state.Add(Extra(MailboxOf(message), message, "a message the manifest does not list"));
        }
    }

    private static string MailboxOf(MigratedMessage message) => message.Mailbox ?? message.Location?.Mailbox ?? "(unknown)";

    private static TruthDifference Extra(string mailbox, MigratedMessage message, string what)
    {
        var actual = what + ": " + ProjectionWriter.Quote(message.Subject ?? "") + (message.IsMalformed ? " (malformed: " + string.Join("; ", message.MissingHeaders.Select(h => "missing header " + h).Concat(message.Problems)) + ")" : "");
        return new TruthDifference(mailbox, null, message.Location?.ToString(), TruthField.Message, "unexpected", DifferenceValue.Plain(ProjectionWriter.None), DifferenceValue.Plain(actual));
    }

    private static TruthDifference NotRegular(OutputEntry entry)
    {
        var slash = entry.RelativePath.IndexOf('/', StringComparison.Ordinal);
        var mailbox = slash < 0 ? "(unknown)" : PathSegments.Decode(entry.RelativePath[..slash]);
        return new TruthDifference(mailbox, null, entry.RelativePath, TruthField.Malformed, "not a regular file", DifferenceValue.Plain("a regular file"), DifferenceValue.Plain(entry.Describe()));
    }

    private static TruthDifference Outcome(ManifestMessage record, string? file, string expected, string actual) =>
        new(record.Mailbox, record.Index, file, TruthField.Outcome, null, DifferenceValue.Plain(expected), DifferenceValue.Plain(actual));
}
