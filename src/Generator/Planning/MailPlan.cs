using MailMig.Fidelity.Generator.Faults;

namespace MailMig.Fidelity.Generator.Planning;

/// <summary>The shape of the whole post office's mail: per event its kind, sender, local recipients and faults; per mailbox its copies.</summary>
/// <remarks>
/// The plan holds numbers only (about 20 bytes a message); subjects, bodies, foreign addresses and
/// items are regenerated from the event's seed when each copy is written, so memory does not grow
/// with message size and a million messages are planned in a few tens of megabytes.
/// </remarks>
public sealed class MailPlan
{
    private readonly List<byte> _kinds = [];
    private readonly List<int> _senders = [];
    private readonly List<int> _recipientStart = [];
    private readonly List<int> _recipientUsers = [];
    private readonly List<byte> _recipientRoles = [];
    private readonly List<ulong> _eventFaults = [];
    private readonly Dictionary<int, (int Bit, int Variant)> _targetVariants = [];
    private readonly Dictionary<long, FaultSet> _copyFaults = [];

    /// <summary>An empty plan for <paramref name="users"/> mailboxes.</summary>
    public MailPlan(int users)
    {
        Copies = Enumerable.Range(0, users).Select(_ => new List<long>()).ToArray();
        MailboxFaults = new FaultSet[users];
    }

    /// <summary>The number of events.</summary>
    public int EventCount => _kinds.Count;

    /// <summary>Per mailbox, its copies in source order (packed <see cref="PlannedCopy"/>).</summary>
    public List<long>[] Copies { get; }

    /// <summary>Per mailbox, the mailbox-scope faults injected into it.</summary>
    public FaultSet[] MailboxFaults { get; }

    /// <summary>The number of copies planned so far.</summary>
    public int CopyCount { get; private set; }

    /// <summary>The last mailbox that holds mail (its last message is the store's last record), or 0 when none does.</summary>
    public int LastUserWithMail()
    {
        var user = Copies.Length - 1;
        while (user > 0 && Copies[user].Count == 0)
        {
            user--;
        }

        return user;
    }

    /// <summary>The kind of event <paramref name="e"/>.</summary>
    public EventKind Kind(int e) => (EventKind)_kinds[e];

    /// <summary>The sending user of event <paramref name="e"/>, or -1 when it came from outside.</summary>
    public int Sender(int e) => _senders[e];

    /// <summary>The event-scope faults of event <paramref name="e"/>.</summary>
    public FaultSet EventFaults(int e) => new(_eventFaults[e]);

    /// <summary>The local recipients of event <paramref name="e"/>, in header order.</summary>
    public IEnumerable<PlannedRecipient> Recipients(int e)
    {
        var end = e + 1 < _recipientStart.Count ? _recipientStart[e + 1] : _recipientUsers.Count;
        for (var i = _recipientStart[e]; i < end; i++)
        {
            yield return new PlannedRecipient(_recipientUsers[i], (RecipientRole)_recipientRoles[i]);
        }
    }

    /// <summary>The variant a targeted injection of <paramref name="fault"/> into event <paramref name="e"/> asked for, or null when it was sprayed.</summary>
    public int? TargetVariant(int e, FaultDescriptor fault) =>
        _targetVariants.TryGetValue(e, out var v) && v.Bit == fault.Bit ? v.Variant : null;

    /// <summary>The copy-scope faults targeted at message <paramref name="index"/> (0-based) of mailbox <paramref name="user"/>.</summary>
    public FaultSet CopyFaults(int user, int index) => _copyFaults.GetValueOrDefault(Key(user, index));

    /// <summary>Adds an event and returns its index.</summary>
    public int AddEvent(EventKind kind, int sender, FaultSet faults, IReadOnlyList<PlannedRecipient> recipients, (int Bit, int Variant)? target)
    {
        var e = _kinds.Count;
        _kinds.Add((byte)kind);
        _senders.Add(sender);
        _eventFaults.Add(faults.Bits);
        _recipientStart.Add(_recipientUsers.Count);
        foreach (var r in recipients)
        {
            _recipientUsers.Add(r.User);
            _recipientRoles.Add((byte)r.Role);
        }

        if (target is { } t)
        {
            _targetVariants[e] = t;
        }

        return e;
    }

    /// <summary>Appends a copy to mailbox <paramref name="user"/>.</summary>
    public void AddCopy(int user, PlannedCopy copy)
    {
        Copies[user].Add(copy.Pack());
        CopyCount++;
    }

    /// <summary>Targets a copy-scope fault at message <paramref name="index"/> (0-based) of mailbox <paramref name="user"/>.</summary>
    public void TargetCopy(int user, int index, FaultDescriptor fault) =>
        _copyFaults[Key(user, index)] = CopyFaults(user, index).With(fault);

    private static long Key(int user, int index) => ((long)user << 32) | (uint)index;
}
