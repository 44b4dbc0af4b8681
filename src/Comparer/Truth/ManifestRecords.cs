namespace MailMig.Fidelity.Comparer.Truth;

/*
 * The manifest as the ground-truth check uses it: records numbered by slot in file order, found by
 * (mailbox, index), read when needed, claimed once by the message paired with them. Only the keys,
 * the claims and the counts per mailbox are held here; a record's content is read on demand, so a
 * manifest of 1,000,000 records can be checked in flat memory (ManifestIndex). A second record
 * with the same key shares the first one's claim, as it always did.
 */

/// <summary>Manifest records by slot (file order), found by (mailbox, index) and claimed at most once.</summary>
public abstract class ManifestRecords : IDisposable
{
    /// <summary>Only this assembly makes record sources.</summary>
    private protected ManifestRecords()
    {
    }

    private readonly Dictionary<string, SlotsByIndex> _first = new(StringComparer.Ordinal);
    private readonly List<int> _keySlot = [];
    private readonly Dictionary<string, int> _expected = new(StringComparer.Ordinal);
    private int[] _claimed = [];

    /// <summary>The manifest's path, header and diagnostics (its Messages are empty when the records are read on demand).</summary>
    public abstract Manifest Summary { get; }

    /// <summary>How many message records the manifest holds.</summary>
    public int Count => _keySlot.Count;

    /// <summary>How many records each mailbox holds.</summary>
    public IReadOnlyDictionary<string, int> ExpectedByMailbox => _expected;

    /// <summary>The first record's slot with this key.</summary>
    internal bool TryFind(string mailbox, int index, out int slot)
    {
        slot = -1;
        return _first.TryGetValue(mailbox, out var slots) && slots.TryGet(index, out slot);
    }

    /// <summary>The record in <paramref name="slot"/>, or null when it can no longer be read.</summary>
    internal abstract ManifestMessage? Read(int slot);

    /// <summary>Claims the record's key for one message; false when a message already claimed it.</summary>
    internal bool Claim(int slot) => Interlocked.Exchange(ref _claimed[_keySlot[slot]], 1) == 0;

    /// <summary>Whether a message claimed the record's key.</summary>
    internal bool IsClaimed(int slot) => Volatile.Read(ref _claimed[_keySlot[slot]]) == 1;

    /// <summary>Whether <paramref name="slot"/> is the first record with its key.</summary>
    internal bool IsFirstOfKey(int slot) => _keySlot[slot] == slot;

    /// <summary>Whether messages of <paramref name="mailbox"/> are checked at all (false: another shard's, neither expected nor unexpected here).</summary>
    internal virtual bool Covers(string mailbox) => true;

    /// <summary>Whether the post office's bulletin boards, mailing lists and address books are checked here (false: another shard's; migrate writes them with the first).</summary>
    internal virtual bool CoversPersonalData => true;

    /// <summary>Each slot's key (mailbox, index), in slot order.</summary>
    internal (string Mailbox, int Index)[] KeysBySlot()
    {
        var keys = new (string Mailbox, int Index)[Count];
        foreach (var (mailbox, slots) in _first)
        {
            foreach (var (index, slot) in slots.Entries())
            {
                keys[slot] = (mailbox, index);
            }
        }

        for (var slot = 0; slot < keys.Length; slot++)
        {
            keys[slot] = keys[_keySlot[slot]];
        }

        return keys;
    }

    /// <inheritdoc />
    public virtual void Dispose() => GC.SuppressFinalize(this);

    /// <summary>Adds the next record's key (in file order).</summary>
    private protected void Add(string mailbox, int index)
    {
        var slot = _keySlot.Count;
        ref var slots = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_first, mailbox, out _);
        slots ??= new SlotsByIndex();
        _keySlot.Add(slots.TryAdd(index, slot) ? slot : (slots.TryGet(index, out var first) ? first : slot));
        _expected[mailbox] = _expected.GetValueOrDefault(mailbox) + 1;
    }

    /// <summary>Ends adding: from now on records can be claimed.</summary>
    private protected void Seal() => _claimed = new int[_keySlot.Count];
}
