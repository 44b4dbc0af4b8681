using System.Collections;
using System.Text;

namespace MailMig.Fidelity.Comparer.Comparison;

/*
 * The names of matched snapshots are only counted and, rarely, looked at; as strings, 1,000,000 of
 * them cost ~90 MB. Here they are UTF-8 bytes in 64 KB chunks with an end offset per name
 * (~30 MB), and a string is made only when one is read.
 */

/// <summary>An append-only list of strings held as UTF-8 bytes, materialised on access.</summary>
internal sealed class CompactNameList : IReadOnlyList<string>
{
    // Below the large object heap's 85,000 bytes: a doubling buffer left every smaller copy there until a full collection.
    private const int ChunkSize = 64 * 1024;
    private List<byte[]> _chunks = [];
    private List<int> _firstNames = [];
    private List<int> _ends = [];
    private int _used;

    /// <summary>How many names are held.</summary>
    public int Count => _ends.Count;

    /// <summary>The name at <paramref name="index"/>, decoded from its bytes.</summary>
    public string this[int index] => Encoding.UTF8.GetString(Bytes(index));

    /// <summary>Appends <paramref name="name"/>.</summary>
    public void Add(string name)
    {
        var chunk = Room(Encoding.UTF8.GetByteCount(name));
        _used += Encoding.UTF8.GetBytes(name, 0, name.Length, chunk, _used);
        _ends.Add(_used);
    }

    /// <summary>Sorts the names in ordinal (<see cref="StringComparer.Ordinal"/>) order, without making strings.</summary>
    public void Sort()
    {
        var order = Enumerable.Range(0, Count).ToArray();
        Array.Sort(order, (a, b) => CompareOrdinal(Bytes(a), Bytes(b)));
        var sorted = new CompactNameList();
        foreach (var index in order)
        {
            sorted.Add(Bytes(index));
        }

        (_chunks, _firstNames, _ends, _used) = (sorted._chunks, sorted._firstNames, sorted._ends, sorted._used);
    }

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Add(ReadOnlySpan<byte> name)
    {
        var chunk = Room(name.Length);
        name.CopyTo(chunk.AsSpan(_used));
        _used += name.Length;
        _ends.Add(_used);
    }

    // The chunk the next name of this many bytes goes into: the last one while it has room, else a new one.
    private byte[] Room(int size)
    {
        if (_chunks.Count == 0 || _used + size > _chunks[^1].Length)
        {
            _chunks.Add(new byte[Math.Max(ChunkSize, size)]);
            _firstNames.Add(Count);
            _used = 0;
        }

        return _chunks[^1];
    }

    private ReadOnlySpan<byte> Bytes(int index)
    {
        var chunk = ChunkOf(index);
        var start = index == _firstNames[chunk] ? 0 : _ends[index - 1];
        return _chunks[chunk].AsSpan(start, _ends[index] - start);
    }

    // Ordinal order of the UTF-16 strings these UTF-8 bytes encode: byte order, but a 4-byte character (lead F0..F4)
    // sorts below one of U+E000..U+FFFF (lead EE, EF), as its surrogates do in UTF-16.
    private static int CompareOrdinal(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var at = a.CommonPrefixLength(b);
        if (at == a.Length || at == b.Length)
        {
            return a.Length.CompareTo(b.Length);
        }

        int x = a[at], y = b[at];
        return x >= 0xF0 && y is 0xEE or 0xEF ? -1
            : y >= 0xF0 && x is 0xEE or 0xEF ? 1
            : x.CompareTo(y);
    }

    // Every chunk holds at least one name, so the first names are strictly increasing.
    private int ChunkOf(int index)
    {
        var found = _firstNames.BinarySearch(index);
        return found >= 0 ? found : ~found - 1;
    }
}
