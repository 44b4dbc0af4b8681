using System.Collections.Concurrent;

namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>The thread-safe running totals of one ground-truth check: claims, counts, tallies and differences.</summary>
internal sealed class CheckState
{
    private readonly ConcurrentDictionary<string, int> _found = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _skippedAsExpected = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<TruthDifference> _differences = [];
    private readonly int[] _checked = new int[TruthField.Tallied.Count];
    private readonly int[] _matched = new int[TruthField.Tallied.Count];
    private readonly int[] _notCarried = new int[TruthField.Tallied.Count];
    private readonly ConcurrentDictionary<string, NotCarriedNote> _formats = new(StringComparer.Ordinal);

    public void CountFound(string mailbox) => _found.AddOrUpdate(mailbox, 1, (_, n) => n + 1);

    public void CountSkippedAsExpected(string mailbox) => _skippedAsExpected.AddOrUpdate(mailbox, 1, (_, n) => n + 1);

    public void Add(TruthDifference difference) => _differences.Add(difference);

    public void Tally(IReadOnlyList<TruthDifference> differences, string? format, IReadOnlySet<string> notCarried)
    {
        if (notCarried.Count > 0)
        {
            var aspects = notCarried.Order(StringComparer.Ordinal).ToList();
            _formats.AddOrUpdate(format ?? "(unnamed format)", f => new NotCarriedNote(f, aspects, 1), (_, note) => note with { Messages = note.Messages + 1 });
        }

        for (var i = 0; i < TruthField.Tallied.Count; i++)
        {
            var field = TruthField.Tallied[i];
            // Most formats carry everything: no list to build per field and message then.
            var skipped = notCarried.Count == 0 ? [] : notCarried.Select(TruthField.OfAspect).Where(a => a.Field == field).ToList();
            if (skipped.Count > 0)
            {
                Interlocked.Increment(ref _notCarried[i]);
            }

            if (skipped.Exists(a => a.Whole))
            {
                continue;
            }

            Interlocked.Increment(ref _checked[i]);
            var wrong = false;
            foreach (var difference in differences)
            {
                wrong |= difference.Field == field;
            }

            if (!wrong)
            {
                Interlocked.Increment(ref _matched[i]);
            }
        }
    }

    public TruthResult ToResult(string actualFolder, ManifestRecords records, IReadOnlyList<Diagnostics.ComparerDiagnostic> diagnostics)
    {
        var differences = _differences
            .OrderBy(d => d.Mailbox, StringComparer.Ordinal)
            .ThenBy(d => d.Index ?? int.MaxValue)
            .ThenBy(d => d.OutputFile, StringComparer.Ordinal)
            .ThenBy(d => d.Field, StringComparer.Ordinal)
            .ThenBy(d => d.Detail, StringComparer.Ordinal)
            .ThenBy(d => d.Expected.Full, StringComparer.Ordinal)
            .ToList();
        var expectedByMailbox = records.ExpectedByMailbox;
        var names = expectedByMailbox.Keys.Concat(_found.Keys).Concat(differences.Select(d => d.Mailbox)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var byMailbox = differences.ToLookup(d => d.Mailbox, StringComparer.Ordinal);
        var mailboxes = names.Select(name => Summarise(name, expectedByMailbox.GetValueOrDefault(name), _found.GetValueOrDefault(name),
            _skippedAsExpected.GetValueOrDefault(name), byMailbox[name].ToList())).ToList();
        var run = Summarise("(run)", records.Count, _found.Values.Sum(), _skippedAsExpected.Values.Sum(), differences);
        var fields = TruthField.Tallied.Select((f, i) => new FieldTally(f, _checked[i], _matched[i], _notCarried[i])).ToList();
        return new TruthResult
        {
            ActualFolder = actualFolder,
            ManifestPath = records.Summary.Path,
            Run = run,
            Mailboxes = mailboxes,
            Fields = fields,
            Differences = differences,
            NotCarried = _formats.Values.OrderBy(n => n.Format, StringComparer.Ordinal).ToList(),
            Diagnostics = diagnostics,
        };
    }

    private static MailboxTruth Summarise(string name, int expected, int found, int skipped, IReadOnlyList<TruthDifference> differences)
    {
        var withDifferences = differences.Select(d => d.MessageKey).Distinct(StringComparer.Ordinal).Count();
        var withLoss = differences.Where(d => d.Class == DifferenceClass.UserData).Select(d => d.MessageKey).Distinct(StringComparer.Ordinal).Count();
        return new MailboxTruth(name, expected, found, skipped, withDifferences, withLoss, differences.Count, GradeRules.Grade(expected, withLoss, differences.Count));
    }
}
