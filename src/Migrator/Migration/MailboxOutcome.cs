using MailMig.Fidelity.CcMail.Diagnostics;

namespace MailMig.Fidelity.Migrator.Migration;

/*
 * Bounded memory: a run of consecutive messages skipped for the same reason and detail (or repaired with the same
 * repairs and details) is one entry with a last index (Through), so a mailbox of a million identical damaged
 * blocks holds one entry, not a million. Counts are kept apart from the entries.
 */

/// <summary>What became of one mailbox's messages, collected while it is migrated.</summary>
public sealed class MailboxOutcome
{
    /// <summary>Creates the outcome of <paramref name="name"/> written under <paramref name="path"/>.</summary>
    public MailboxOutcome(string name, string path)
    {
        Name = name;
        Path = path;
    }

    /// <summary>The mailbox name.</summary>
    public string Name { get; }

    /// <summary>Its path segment under the output root.</summary>
    public string Path { get; }

    /// <summary>Messages migrated intact.</summary>
    public int Migrated { get; set; }

    /// <summary>Messages migrated with repairs.</summary>
    public int RepairedCount { get; private set; }

    /// <summary>Messages skipped.</summary>
    public int SkippedCount { get; private set; }

    /// <summary>The repaired messages, runs of identical ones merged.</summary>
    public List<RepairedMessage> Repaired { get; } = [];

    /// <summary>The skipped messages, runs of identical ones merged.</summary>
    public List<SkippedMessage> Skipped { get; } = [];

    /// <summary>Problems with the mailbox outside any one message.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Every message accounted for.</summary>
    public int Source => Migrated + RepairedCount + SkippedCount;

    /// <summary>Records a skipped message, extending the last entry when it is the same skip of the next index.</summary>
    public void AddSkipped(SkippedMessage skipped)
    {
        SkippedCount++;
        if (Skipped.Count > 0 && Skipped[^1] is { } last && (last.Through ?? last.Index) + 1 == skipped.Index
            && last.Reason == skipped.Reason && last.Detail == skipped.Detail && last.Mailbox == skipped.Mailbox)
        {
            Skipped[^1] = last with { Through = skipped.Index };
            return;
        }

        Skipped.Add(skipped);
    }

    /// <summary>Records a repaired message, extending the last entry when it is the same repair of the next index.</summary>
    public void AddRepaired(RepairedMessage repaired)
    {
        RepairedCount++;
        if (Repaired.Count > 0 && Repaired[^1] is { } last && (last.Through ?? last.Index) + 1 == repaired.Index
            && last.Repairs.SequenceEqual(repaired.Repairs, StringComparer.Ordinal)
            && (last.Details ?? []).SequenceEqual(repaired.Details ?? [], StringComparer.Ordinal))
        {
            Repaired[^1] = last with { Through = repaired.Index };
            return;
        }

        Repaired.Add(repaired);
    }

    /// <summary>The report line of this mailbox.</summary>
    public MailboxReport ToReport() => new(Name, Path, Source, Migrated, RepairedCount, SkippedCount);
}
