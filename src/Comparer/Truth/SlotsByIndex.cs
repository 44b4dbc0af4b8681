namespace MailMig.Fidelity.Comparer.Truth;

/*
 * One mailbox's record slots by message index. Indices are 1, 2, 3… in every manifest a generator
 * writes, so they are kept in a plain array (4 bytes a record); one dictionary keyed by (mailbox,
 * index) for a whole manifest cost 32 bytes a record, ~36 MB of the ~300 MB that compare took at
 * 1,000,000 messages. An index far beyond the records seen so far (a hand-made or damaged
 * manifest) goes to a dictionary instead, so it cannot make the array huge.
 */

/// <summary>Maps the message indices of one mailbox to record slots: a dense array for the usual 1..n, a dictionary for the rest.</summary>
internal sealed class SlotsByIndex
{
    // An index may extend the array when it is below this many entries plus twice the records already held.
    private const int DenseHeadroom = 4096;

    // slot + 1 by index; 0 means none.
    private int[] _dense = [];
    private Dictionary<int, int>? _sparse;
    private int _count;

    /// <summary>The slot of the first record with <paramref name="index"/>, when there is one.</summary>
    public bool TryGet(int index, out int slot)
    {
        if (index >= 0 && index < _dense.Length && _dense[index] > 0)
        {
            slot = _dense[index] - 1;
            return true;
        }

        slot = -1;
        return _sparse is not null && _sparse.TryGetValue(index, out slot);
    }

    /// <summary>Records <paramref name="slot"/> for <paramref name="index"/> unless the index has one already; false then.</summary>
    public bool TryAdd(int index, int slot)
    {
        if (TryGet(index, out _))
        {
            return false;
        }

        _count++;
        if (index >= 0 && index < DenseHeadroom + (2L * _count))
        {
            if (index >= _dense.Length)
            {
                Array.Resize(ref _dense, (int)Math.Max(index + 1L, Math.Min(Array.MaxLength, Math.Max(16L, _dense.Length * 2L))));
            }

            _dense[index] = slot + 1;
            return true;
        }

        (_sparse ??= []).Add(index, slot);
        return true;
    }

    /// <summary>Every (index, slot) pair held, in no particular order.</summary>
    public IEnumerable<(int Index, int Slot)> Entries()
    {
        for (var index = 0; index < _dense.Length; index++)
        {
            if (_dense[index] > 0)
            {
                yield return (index, _dense[index] - 1);
            }
        }

        foreach (var (index, slot) in _sparse ?? [])
        {
            yield return (index, slot);
        }
    }
}
