using System.Globalization;
using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Comparer.Truth;

/*
 * Pairs the messages that carry no usable source index (Exchange 5.5 rows, output of a migrator
 * that drops the X-MailMig-* headers) with the manifest records still unclaimed, so that a changed
 * subject or a moved message is reported as that field, never as one message missing plus one
 * unexpected. Their source identity is recovered in two passes:
 *
 * 1. Exact content: (mailbox, folder, sender, UTC date, subject) equal.
 * 2. Order and partial content: the entries of one file (Exchange 5.5 rows, mbox entries) are in
 *    source order, so a leftover entry lies between the records of its paired neighbours in the
 *    same file; among the records in that window (or, for a message with no order, in its
 *    mailbox) the one agreeing on the most of folder, sender, UTC date, subject and body is taken,
 *    when at least two agree (ties: the lowest index). Records the migration report skipped are
 *    not candidates. Candidates are bounded per message, so the pass stays linear in messages.
 */

/// <summary>Pairs messages without a usable source index with unclaimed manifest records by content and order.</summary>
internal sealed class UnindexedPairing
{
    private const int MinimumAgreement = 2;
    private const int MaxCandidates = 64;
    private readonly Dictionary<string, List<ManifestMessage>> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, List<ManifestMessage>>> _lookups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Entry, int Index)>> _anchors = new(StringComparer.Ordinal);
    private readonly HashSet<(string, int)> _taken = [];
    private readonly List<(ManifestMessage Record, MigratedMessage Message)> _pairs = [];
    private readonly List<MigratedMessage> _unpaired = [];

    private UnindexedPairing(IEnumerable<ManifestMessage> unclaimed)
    {
        foreach (var record in unclaimed.OrderBy(r => r.Index))
        {
            if (!_records.TryGetValue(record.Mailbox, out var list))
            {
                _records[record.Mailbox] = list = [];
            }

            list.Add(record);
            foreach (var key in LookupKeys(record.Mailbox, record.Content.From?.Address, record.Content.Date, record.Content.Subject))
            {
                var lookup = _lookups.TryGetValue(key.Kind, out var l) ? l : _lookups[key.Kind] = new(StringComparer.Ordinal);
                if (!lookup.TryGetValue(key.Value, out var same))
                {
                    lookup[key.Value] = same = [];
                }

                same.Add(record);
            }
        }
    }

    /// <summary>Pairs <paramref name="messages"/> with <paramref name="unclaimed"/> records; <paramref name="mailboxOf"/> names a message's mailbox.</summary>
    public static (IReadOnlyList<(ManifestMessage Record, MigratedMessage Message)> Pairs, IReadOnlyList<MigratedMessage> Unpaired) Pair(
        IEnumerable<ManifestMessage> unclaimed, IEnumerable<MigratedMessage> messages, Func<MigratedMessage, string> mailboxOf)
    {
        var pairing = new UnindexedPairing(unclaimed);
        var ordered = messages.OrderBy(m => m.Location?.RelativePath, StringComparer.Ordinal).ThenBy(m => m.Location?.Entry ?? 0).ToList();
        var leftovers = ordered.Where(m => !pairing.TryExact(m, mailboxOf(m))).ToList();
        foreach (var message in leftovers)
        {
            if (!pairing.TryPartial(message, mailboxOf(message)))
            {
                pairing._unpaired.Add(message);
            }
        }

        return (pairing._pairs, pairing._unpaired);
    }

    private bool TryExact(MigratedMessage message, string mailbox)
    {
        var key = ExactKey(mailbox, message.From.FirstOrDefault()?.Address, message.Date, message.Subject ?? "");
        if (!_lookups.TryGetValue("exact", out var exact) || !exact.TryGetValue(key, out var same))
        {
            return false;
        }

        var record = same.Find(r => !_taken.Contains((r.Mailbox, r.Index)) && FolderOf(message) == r.Folder);
        if (record is null)
        {
            return false;
        }

        Take(record, message);
        return true;
    }

    private bool TryPartial(MigratedMessage message, string mailbox)
    {
        if (!_records.TryGetValue(mailbox, out var records))
        {
            return false;
        }

        var (low, high) = Window(message);
        var candidates = records.Where(r => r.Index > low && r.Index < high && !_taken.Contains((r.Mailbox, r.Index))).Take(MaxCandidates);
        foreach (var key in LookupKeys(mailbox, message.From.FirstOrDefault()?.Address, message.Date, message.Subject ?? "").Where(k => k.Kind != "exact"))
        {
            if (_lookups.TryGetValue(key.Kind, out var lookup) && lookup.TryGetValue(key.Value, out var same))
            {
                candidates = candidates.Concat(same.Where(r => r.Index > low && r.Index < high && !_taken.Contains((r.Mailbox, r.Index))).Take(MaxCandidates));
            }
        }

        ManifestMessage? best = null;
        var bestScore = MinimumAgreement - 1;
        foreach (var record in candidates)
        {
            var score = Agreement(record, message);
            if (score > bestScore || (score == bestScore && best is not null && record.Index < best.Index))
            {
                (best, bestScore) = (record, score);
            }
        }

        if (best is null)
        {
            return false;
        }

        Take(best, message);
        return true;
    }

    private void Take(ManifestMessage record, MigratedMessage message)
    {
        _taken.Add((record.Mailbox, record.Index));
        _pairs.Add((record, message));
        if (message.Location is { Entry: { } entry } location)
        {
            var anchors = _anchors.TryGetValue(location.RelativePath, out var a) ? a : _anchors[location.RelativePath] = [];
            var at = anchors.BinarySearch((entry, record.Index));
            anchors.Insert(at < 0 ? ~at : at, (entry, record.Index));
        }
    }

    /// <summary>The indices (exclusive) between which the record of an ordered entry must lie: those of its nearest paired neighbours in the same file.</summary>
    private (int Low, int High) Window(MigratedMessage message)
    {
        if (message.Location is not { Entry: { } entry } location || !_anchors.TryGetValue(location.RelativePath, out var anchors))
        {
            return (0, int.MaxValue);
        }

        var at = anchors.BinarySearch((entry, int.MinValue));
        at = at < 0 ? ~at : at;
        var low = at > 0 ? anchors[at - 1].Index : 0;
        var high = at < anchors.Count ? anchors[at].Index : int.MaxValue;
        return low < high ? (low, high) : (0, int.MaxValue);
    }

    private static int Agreement(ManifestMessage record, MigratedMessage message)
    {
        var score = 0;
        if (FolderOf(message) == record.Folder)
        {
            score++;
        }

        if (string.Equals(message.From.FirstOrDefault()?.Address, record.Content.From?.Address, StringComparison.OrdinalIgnoreCase))
        {
            score++;
        }

        if (message.Date?.UtcTicks == record.Content.Date?.UtcTicks)
        {
            score++;
        }

        if (string.Equals(message.Subject ?? "", record.Content.Subject, StringComparison.Ordinal))
        {
            score++;
        }

        if (string.Equals(MessageComparison.NormaliseBody(message.Body ?? ""), MessageComparison.NormaliseBody(record.Content.Body), StringComparison.Ordinal))
        {
            score++;
        }

        return score;
    }

    private static IEnumerable<(string Kind, string Value)> LookupKeys(string mailbox, string? sender, DateTimeOffset? date, string subject)
    {
        yield return ("subject", mailbox + '\u001f' + subject);
        yield return ("date", mailbox + '\u001f' + Ticks(date));
        yield return ("sender", mailbox + '\u001f' + (sender ?? "").ToUpperInvariant());
        yield return ("exact", ExactKey(mailbox, sender, date, subject));
    }

    private static string ExactKey(string mailbox, string? sender, DateTimeOffset? date, string subject) =>
        string.Join('\u001f', mailbox, sender ?? "", Ticks(date), subject);

    private static string FolderOf(MigratedMessage message) => message.Folder ?? message.Location?.Folder ?? "";

    private static string Ticks(DateTimeOffset? date) => date?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? "";
}
