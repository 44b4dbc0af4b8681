using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Db8;

/*
 * docs/formats/db8.md, "Counting from every witness". The mailbox list, the index, the records and the
 * completion record each say how many mailboxes and messages there are; the census takes the most any
 * of them proves. A listed mailbox whose index or records go further is counted that far; a mailbox id the
 * index or the records carry but the list does not is recovered (named from its records or the
 * directory, else recovered-mailbox-<id>); an id the others skip (ids are 1, 2, ... in write order) or
 * the completion record counts beyond them is lost. Recovering and losing are never silent: each gives
 * a diagnostic, and the census raises an error when the completion record counts messages no witness
 * accounts for.
 */

/// <summary>Reconciles the mailbox list with the index, the records and the completion record: recovered and lost mailboxes, counts.</summary>
internal sealed class Db8MailboxCensus(IReadOnlyList<DirectoryEntry> directory, string postOffice, Func<Db8MailboxEntry, IEnumerable<MessageRecord>> read)
{
    /// <summary>Every mailbox, listed and recovered, in id order.</summary>
    public List<Db8MailboxEntry> Mailboxes { get; } = [];

    /// <summary>Mailboxes a witness names that cannot be found at all.</summary>
    public List<Db8LostMailbox> Lost { get; } = [];

    /// <summary>What the census found wrong.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Takes the listed mailboxes, the witnesses and the completion record (null when unreadable) into account.</summary>
    public void Count(IReadOnlyDictionary<int, Db8MailboxEntry> listed, SortedDictionary<int, Db8MailboxWitness> witnesses, Db8CheckRecord? check)
    {
        foreach (var (id, entry) in listed)
        {
            Mailboxes.Add(Raise(entry, witnesses.GetValueOrDefault(id)));
        }

        var recovered = witnesses.Where(w => !listed.ContainsKey(w.Key)).Select(w => Recover(w.Key, w.Value)).ToList();
        Name(recovered, listed.Values.Select(e => e.Info.Name));
        Mailboxes.AddRange(recovered);
        Mailboxes.Sort((a, b) => a.Info.Id.CompareTo(b.Info.Id));
        FindLost(check);
    }

    private Db8MailboxEntry Raise(Db8MailboxEntry entry, Db8MailboxWitness? witness)
    {
        if (witness is null || witness.Count <= entry.Info.MessageCount)
        {
            return entry;
        }

        Diagnostics.Add(new(DiagnosticSeverity.Error, Db8DiagnosticCodes.CountMismatch,
            $"mailbox {entry.Info.Id} ('{entry.Info.Name}') is listed with {entry.Info.MessageCount} messages, but the index counts {witness.IndexCount} and the records {witness.RecordCount}; {witness.Count} are read",
            Db8Layout.MailboxFile, 0));
        return entry with { Info = entry.Info with { MessageCount = witness.Count } };
    }

    private static Db8MailboxEntry Recover(int id, Db8MailboxWitness witness)
    {
        var from = witness.IndexCount > 0 ? "index" : "records";
        // With no index entry left, an offset below zero makes every entry read as missing, so the sequential walk finds each record.
        var indexOffset = witness.IndexOffset ?? long.MinValue / 4;
        var start = witness.StoreStart == long.MaxValue ? 0 : witness.StoreStart;
        return new Db8MailboxEntry(new Db8MailboxInfo(id, Db8MailboxNames.Placeholder(id), [], witness.Count, from), indexOffset, start, witness.StoreEnd);
    }

    private void Name(List<Db8MailboxEntry> recovered, IEnumerable<string> listedNames)
    {
        var taken = new HashSet<string>(listedNames, StringComparer.OrdinalIgnoreCase);
        var evidence = new Dictionary<int, string>();
        for (var i = 0; i < recovered.Count; i++)
        {
            var (name, how, folders) = Db8MailboxNames.FromRecords(read(recovered[i]), directory, postOffice);
            recovered[i] = recovered[i] with { Info = recovered[i].Info with { Folders = folders } };
            if (name is not null && taken.Add(name))
            {
                recovered[i] = recovered[i] with { Info = recovered[i].Info with { Name = name } };
                evidence[i] = how;
            }
        }
        var unclaimed = directory.Where(e => e.TypeCode is DirectoryEntryTypes.LocalUser or DirectoryEntryTypes.LocalMobileUser && !taken.Contains(e.Name))
            .Select(e => e.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var unnamed = Enumerable.Range(0, recovered.Count).Where(i => !evidence.ContainsKey(i)).ToList();
        if (unclaimed.Count == 1 && unnamed.Count == 1)
        {
            recovered[unnamed[0]] = recovered[unnamed[0]] with { Info = recovered[unnamed[0]].Info with { Name = unclaimed[0] } };
            evidence[unnamed[0]] = "the one local user of the directory no other mailbox has";
        }
        for (var i = 0; i < recovered.Count; i++)
        {
            var info = recovered[i].Info;
            var named = evidence.TryGetValue(i, out var how) ? $"named '{info.Name}' after {how}" : $"no witness names it, so it is called '{info.Name}'";
            Diagnostics.Add(new(DiagnosticSeverity.Warning, Db8DiagnosticCodes.MailboxRecovered,
                $"mailbox {info.Id} is not in the mailbox list; it was recovered from the {(info.RecoveredFrom == "index" ? "index and the records" : "records")} with {info.MessageCount} messages and {named}",
                Db8Layout.MailboxFile, 0));
        }
    }

    private void FindLost(Db8CheckRecord? check)
    {
        var known = Mailboxes.Select(m => m.Info.Id).ToHashSet();
        var highest = Math.Max(known.Count == 0 ? 0 : known.Max(), check?.Mailboxes ?? 0);
        var missing = Enumerable.Range(1, highest).Where(id => !known.Contains(id)).ToList();
        var counted = Mailboxes.Sum(m => (long)m.Info.MessageCount);
        long? unaccounted = check is null ? null : check.Messages - counted;
        foreach (var id in missing)
        {
            var expected = missing.Count == 1 && unaccounted >= 0 ? unaccounted : null;
            var witness = id <= (check?.Mailboxes ?? 0) ? $"the completion record counts {check!.Mailboxes} mailboxes" : $"mailbox ids run to {highest}";
            var reason = $"{witness}, but no mailbox record, index entry or message record of mailbox {id} is left";
            Lost.Add(new Db8LostMailbox(id, Db8MailboxNames.Placeholder(id), expected, reason));
            Diagnostics.Add(new(DiagnosticSeverity.Error, Db8DiagnosticCodes.MailboxLost,
                $"mailbox {id} is lost: {reason}{(expected is { } n ? $"; the completion record leaves {n} messages for it" : "")}", Db8Layout.MailboxFile, 0));
        }
        if (missing.Count == 0 && unaccounted > 0)
        {
            Diagnostics.Add(new(DiagnosticSeverity.Error, Db8DiagnosticCodes.CountMismatch,
                $"the completion record counts {check!.Messages} messages, but the mailbox list, the index and the records account for {counted}", Db8Layout.CheckFile, 0));
        }
    }
}
