using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>One message judged against the record it names, before that record is claimed: the differences, and those that count in the field tallies.</summary>
/// <param name="Message">The message judged.</param>
/// <param name="Mailbox">The mailbox it belongs to.</param>
/// <param name="Slot">The record's slot, or -1 when it names none (it is paired by content later).</param>
/// <param name="Compared">The field differences to tally, or null when the record was not compared (a record that must be skipped).</param>
/// <param name="Differences">Every difference found, the compared ones included.</param>
internal sealed record TruthJudgement(MigratedMessage Message, string Mailbox, int Slot, IReadOnlyList<TruthDifference>? Compared, IReadOnlyList<TruthDifference> Differences);
