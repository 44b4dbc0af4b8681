using System.Collections.Concurrent;
using System.Globalization;
using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Comparer.Truth;

/*
 * The ground-truth check. Output messages are paired with manifest records by (mailbox, source
 * index) from X-MailMig-Mailbox / X-MailMig-Source-Index (the mailbox falls back to the decoded
 * path segment); a message without a usable index is paired afterwards by content and order
 * among the records still unpaired (UnindexedPairing). Messages stream through in parallel:
 * only the manifest and the differences are held in memory, never the whole output.
 *
 * Outcomes (docs/fault-catalog.md): a record the manifest says is skipped is correct when it is
 * absent and the migration report skips it with the same reason; anything else about it is a
 * Report difference. A record the manifest says is migrated but that is absent is user data lost,
 * whether or not the report admits to skipping it.
 */

/// <summary>Checks a migrated output folder against the generator's <c>manifest.jsonl</c>, field by field, and grades it.</summary>
public sealed class TruthChecker
{
    /// <summary>The formats used to read the output folder (.eml, mbox and Exchange 5.5 packing lists).</summary>
    public List<IOutputFormat> Formats { get; } = [new EmlOutputFormat(), new MboxOutputFormat(), new Exchange55OutputFormat()];

    /// <summary>How many threads read and compare messages; the processor count by default.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Reads <paramref name="manifestPath"/> and the output's <c>migration-report.json</c> (when present) and checks <paramref name="actualFolder"/>.</summary>
    public TruthResult Check(string actualFolder, string manifestPath, CancellationToken cancellationToken = default)
    {
        var manifest = ManifestReader.Read(manifestPath);
        var report = MigrationReportReader.Read(Path.Combine(actualFolder, MigrationReportReader.FileName));
        return Check(actualFolder, manifest, report, cancellationToken);
    }

    /// <summary>Checks <paramref name="actualFolder"/> against <paramref name="manifest"/>, taking the migration <paramref name="report"/>'s skipped and repaired lists into account.</summary>
    public TruthResult Check(string actualFolder, Manifest manifest, MigrationReport? report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        manifest = manifest with { Messages = manifest.Messages.Select(m => m.ForSource(report?.SourceKind)).ToList() };
        var output = new OutputFolder(actualFolder);
        output.Formats.Clear();
        output.Formats.AddRange(Formats);

        var expected = new Dictionary<(string, int), ManifestMessage>();
        foreach (var message in manifest.Messages)
            expected.TryAdd((message.Mailbox, message.Index), message);
        var skips = (report?.Skipped ?? []).GroupBy(s => (s.Mailbox, s.Index)).ToDictionary(g => g.Key, g => g.First());
        var repairs = (report?.Repaired ?? []).GroupBy(r => (r.Mailbox, r.Index)).ToDictionary(g => g.Key, g => g.First().Repairs);

        var state = new CheckState();
        var deferred = new ConcurrentBag<MigratedMessage>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.ForEach(output.ListMessageFiles(), options, file =>
        {
            foreach (var message in output.Read(file))
            {
                var mailbox = MailboxOf(message);
                state.CountFound(mailbox);
                if (message.SourceIndex is { } index && expected.TryGetValue((mailbox, index), out var record))
                {
                    if (state.Claim(record))
                        Judge(record, message, skips, repairs, state);
                    else
                        state.Add(Extra(mailbox, message, "a second message for " + mailbox + " #" + index.ToString(CultureInfo.InvariantCulture)));
                }
                else
                {
                    deferred.Add(message);
                }
            }
        });

        foreach (var entry in output.NotRegularFiles())
            state.Add(NotRegular(entry));
        PairByContent(manifest, deferred, skips, repairs, state);
        foreach (var record in manifest.Messages)
        {
            if (!state.IsClaimed(record))
                JudgeAbsent(record, skips, state);
        }

        var diagnostics = manifest.Diagnostics.Concat(report?.Diagnostics ?? []).ToList();
        return state.ToResult(Path.GetFullPath(actualFolder), manifest, diagnostics);
    }

    private static void Judge(ManifestMessage record, MigratedMessage message, Dictionary<(string, int), ReportedSkip> skips, Dictionary<(string, int), IReadOnlyList<string>> repairs, CheckState state)
    {
        var key = (record.Mailbox, record.Index);
        if (record.Outcome == ExpectedOutcome.Skipped)
        {
            state.Add(Outcome(record, message.Location?.ToString(), "skipped (" + record.SkipReason + ")", "migrated"));
            return;
        }

        var differences = MessageComparison.Compare(record, message, repairs.GetValueOrDefault(key));
        state.Tally(differences, message.Format, message.NotCarried);
        foreach (var difference in differences)
            state.Add(difference);
        if (skips.TryGetValue(key, out var skip))
            state.Add(Outcome(record, message.Location?.ToString(), "migrated", "migrated, but the report also says skipped (" + skip.Reason + ")"));
    }

    private static void JudgeAbsent(ManifestMessage record, Dictionary<(string, int), ReportedSkip> skips, CheckState state)
    {
        skips.TryGetValue((record.Mailbox, record.Index), out var skip);
        if (record.Outcome == ExpectedOutcome.Skipped)
        {
            if (skip is not null && skip.Reason == record.SkipReason)
                state.CountSkippedAsExpected(record.Mailbox);
            else
                state.Add(Outcome(record, null, "skipped (" + record.SkipReason + ")", skip is null ? "absent, and the report does not say it was skipped" : "skipped (" + skip.Reason + ")"));
            return;
        }

        var actual = skip is null ? "(missing)" : "skipped (" + skip.Reason + ")" + (skip.Detail is null ? "" : ": " + skip.Detail);
        state.Add(new TruthDifference(record.Mailbox, record.Index, null, TruthField.Message, null,
            DifferenceValue.Plain(record.Outcome.ToString().ToLowerInvariant() + " in " + ProjectionWriter.Quote(record.Folder)), DifferenceValue.Plain(actual)));
    }

    private static void PairByContent(Manifest manifest, IEnumerable<MigratedMessage> deferred, Dictionary<(string, int), ReportedSkip> skips, Dictionary<(string, int), IReadOnlyList<string>> repairs, CheckState state)
    {
        var messages = deferred.ToList();
        if (messages.Count == 0)
            return;
        var unclaimed = manifest.Messages.Where(m => !state.IsClaimed(m) && !skips.ContainsKey((m.Mailbox, m.Index)));
        var (pairs, unpaired) = UnindexedPairing.Pair(unclaimed, messages, MailboxOf);
        foreach (var (record, message) in pairs)
        {
            if (state.Claim(record))
                Judge(record, message, skips, repairs, state);
            else
                state.Add(Extra(MailboxOf(message), message, "a message the manifest does not list"));
        }

        foreach (var message in unpaired)
            state.Add(Extra(MailboxOf(message), message, "a message the manifest does not list"));
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
