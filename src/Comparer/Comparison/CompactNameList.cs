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
    private readonly List<byte[]> _chunks = [];
    private readonly List<int> _firstNames = [];
    private readonly List<int> _ends = [];
    private int _used;

    /// <summary>How many names are held.</summary>
    public int Count => _ends.Count;

    /// <summary>The name at <paramref name="index"/>, decoded from its bytes.</summary>
    public string this[int index]
    {
        get
        {
            var chunk = ChunkOf(index);
            var start = index == _firstNames[chunk] ? 0 : _ends[index - 1];
            return Encoding.UTF8.GetString(_chunks[chunk], start, _ends[index] - start);
        }
    }

    /// <summary>Appends <paramref name="name"/>.</summary>
    public void Add(string name)
    {
        var size = Encoding.UTF8.GetByteCount(name);
        if (_chunks.Count == 0 || _used + size > _chunks[^1].Length)
        {
            _chunks.Add(new byte[Math.Max(ChunkSize, size)]);
            _firstNames.Add(Count);
            _used = 0;
        }

        _used += Encoding.UTF8.GetBytes(name, 0, name.Length, _chunks[^1], _used);
        _ends.Add(_used);
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

    // Every chunk holds at least one name, so the first names are strictly increasing.
    private int ChunkOf(int index)
    {
        var found = _firstNames.BinarySearch(index);
        return found >= 0 ? found : ~found - 1;
    }
}
