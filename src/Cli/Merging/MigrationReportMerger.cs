/*
 * `merge` of the parts of one post office migrated across runners (`migrate --shard K/N`): their
 * migration reports become the report one unsharded run writes (docs/formats/mailbox-shards.md,
 * "Merging the reports"). Each part lists its mailboxes with their store positions ("shard"), so
 * mailboxes go back in store order with their repaired and skipped entries; totals are summed;
 * recovered mailboxes follow their mailboxes; lost ones come from part 1; the diagnostics every
 * part reports (the post office's own, read by each part) are kept once. Parts of different runs,
 * a part missing or given twice, are refused: that is not one run.
 */
using MailMig.Fidelity.Migrator.Migration;

namespace MailMig.Fidelity.Cli.Merging;

/// <summary>Merges the migration reports of every part of a sharded migration into one run's report.</summary>
public static class MigrationReportMerger
{
    /// <summary>The one report of the run whose parts are <paramref name="parts"/> (in any order).</summary>
    public static MigrationReport Merge(IReadOnlyList<MigrationPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var ordered = CheckOneRun(parts);
        var mailboxes = ordered.SelectMany(MailboxesOf).OrderBy(m => m.Position).ToList();
        for (var i = 1; i < mailboxes.Count; i++)
        {
            if (mailboxes[i].Position == mailboxes[i - 1].Position)
            {
                throw new MergeException($"store position {mailboxes[i].Position} is reported by two parts ('{mailboxes[i - 1].Mailbox.Name}' and '{mailboxes[i].Mailbox.Name}'): they are not parts of one run");
            }
        }

        var first = ordered[0].Report;
        return first with
        {
            Complete = ordered.All(p => p.Report.Complete),
            Totals = new ReportTotals(mailboxes.Sum(m => m.Mailbox.Source), mailboxes.Sum(m => m.Mailbox.Migrated), mailboxes.Sum(m => m.Mailbox.Repaired), mailboxes.Sum(m => m.Mailbox.Skipped)),
            Mailboxes = [.. mailboxes.Select(m => m.Mailbox)],
            Repaired = [.. mailboxes.SelectMany(m => m.Repaired)],
            Skipped = [.. mailboxes.SelectMany(m => m.Skipped)],
            Recovered = [.. ordered.SelectMany(RecoveredOf).OrderBy(r => r.Position).Select(r => r.Mailbox)],
            Lost = first.Lost,
            Diagnostics = MergedDiagnostics.Of([.. ordered.Select(p => p.Report.Diagnostics)]),
            Shard = null,
        };
    }

    // Every part of 1..N exactly once, all of one post office, migrator, target and domain; returned in part order.
    private static List<MigrationPart> CheckOneRun(IReadOnlyList<MigrationPart> parts)
    {
        if (parts.Count == 0)
        {
            throw new MergeException("no migration report to merge");
        }

        var of = parts[0].Shard.Of;
        foreach (var part in parts)
        {
            var other = parts.FirstOrDefault(p => !ReferenceEquals(p, part) && p.Shard.Part == part.Shard.Part);
            var why = part.Shard.Of != of ? $"is part {part.Shard.Part} of {part.Shard.Of}, but {parts[0].ReportPath} is of {of}"
                : other is not null ? $"and {other.ReportPath} are both part {part.Shard.Part} of {of}"
                : Differs(part.Report, parts[0].Report) is { } key ? $"has another \"{key}\" than {parts[0].ReportPath}"
                : null;
            if (why is not null)
            {
                throw new MergeException($"{part.ReportPath} {why}: they are not parts of one run");
            }
        }

        if (Enumerable.Range(1, of).FirstOrDefault(k => parts.All(p => p.Shard.Part != k)) is var missing and > 0)
        {
            throw new MergeException($"part {missing} of {of} is missing: give the output folder of every part (`migrate --shard K/{of}`, K = 1 to {of})");
        }

        return [.. parts.OrderBy(p => p.Shard.Part)];
    }

    private static string? Differs(MigrationReport a, MigrationReport b) =>
        a.Migrator != b.Migrator ? "migrator"
        : a.Source != b.Source ? "source"
        : a.SourceKind != b.SourceKind ? "sourceKind"
        : a.Target != b.Target ? "target"
        : a.OrgDomain != b.OrgDomain ? "orgDomain"
        : null;

    private static IEnumerable<(int Position, MailboxReport Mailbox, List<RepairedMessage> Repaired, List<SkippedMessage> Skipped)> MailboxesOf(MigrationPart part)
    {
        var mailboxes = part.Report.Mailboxes;
        var repaired = Split(part.Report.Repaired, mailboxes, m => m.Repaired, r => (r.Mailbox, r.Count), part.ReportPath + ": \"repaired\"");
        var skipped = Split(part.Report.Skipped, mailboxes, m => m.Skipped, s => (s.Mailbox, s.Count), part.ReportPath + ": \"skipped\"");
        return mailboxes.Select((m, i) => (part.Shard.Positions[i], m, repaired[i], skipped[i]));
    }

    // A part lists its repaired (skipped) entries mailbox by mailbox, in the order of its mailboxes: each mailbox's count says how many messages are its.
    private static List<List<T>> Split<T>(IReadOnlyList<T> entries, IReadOnlyList<MailboxReport> mailboxes, Func<MailboxReport, int> count, Func<T, (string Mailbox, int Messages)> of, string where)
    {
        var blocks = new List<List<T>>();
        var next = 0;
        foreach (var mailbox in mailboxes)
        {
            var block = new List<T>();
            var messages = 0;
            while (messages < count(mailbox) && next < entries.Count && of(entries[next]).Mailbox == mailbox.Name)
            {
                messages += of(entries[next]).Messages;
                block.Add(entries[next++]);
            }

            if (messages != count(mailbox))
            {
                throw new MergeException($"{where}: the entries of mailbox '{mailbox.Name}' count {messages} messages, its \"mailboxes\" entry {count(mailbox)}");
            }

            blocks.Add(block);
        }

        return next == entries.Count ? blocks
            : throw new MergeException($"{where}: entry {next + 1} belongs to no mailbox of the report ('{of(entries[next]).Mailbox}')");
    }

    private static IEnumerable<(int Position, RecoveredMailbox Mailbox)> RecoveredOf(MigrationPart part) =>
        part.Report.Recovered.Select(r => (Position: Position(part, r), Mailbox: r));

    private static int Position(MigrationPart part, RecoveredMailbox recovered)
    {
        for (var i = 0; i < part.Report.Mailboxes.Count; i++)
        {
            if (part.Report.Mailboxes[i].Path == recovered.Path)
            {
                return part.Shard.Positions[i];
            }
        }

        throw new MergeException($"{part.ReportPath}: recovered mailbox '{recovered.Name}' at '{recovered.Path}' is not one of its \"mailboxes\"");
    }
}
