using System.Collections;
using System.Text;

namespace MailMig.Fidelity.Comparer.Comparison;

/*
 * The names of matched snapshots are only counted and, rarely, looked at; as strings, 1,000,000 of
 * them cost ~90 MB. Here they are UTF-8 bytes in one growing buffer with an offset per name
 * (~30 MB), and a string is made only when one is read. Sorting compares the bytes: UTF-8 byte
 * order is code point order, which is ordinal (UTF-16) order except where a character above U+FFFF
 * meets one in U+E000..U+FFFF (a surrogate sorts below both), the one case decided apart.
 */

/// <summary>An append-only list of strings held as UTF-8 bytes, materialised on access.</summary>
internal sealed class CompactNameList : IReadOnlyList<string>
{
    private readonly List<int> _ends = [];
    private byte[] _bytes = new byte[4096];
    private int _length;

    /// <inheritdoc />
    public int Count => _ends.Count;

    /// <inheritdoc />
    public string this[int index]
    {
        get => Encoding.UTF8.GetString(Bytes(index));
    }

    /// <summary>Appends <paramref name="name"/>.</summary>
    public void Add(string name)
    {
        var size = Encoding.UTF8.GetByteCount(name);
        if (_length + size > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + size));
        }

        _length += Encoding.UTF8.GetBytes(name, 0, name.Length, _bytes, _length);
        _ends.Add(_length);
    }

    /// <summary>Sorts the names in ordinal (<see cref="StringComparer.Ordinal"/>) order, without making strings.</summary>
    public void Sort()
    {
        var order = new int[Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => CompareOrdinal(Bytes(a), Bytes(b)));
        var bytes = new byte[_bytes.Length];
        var length = 0;
        for (var i = 0; i < order.Length; i++)
        {
            var name = Bytes(order[i]);
            name.CopyTo(bytes.AsSpan(length));
            length += name.Length;
            order[i] = length;
        }

        _bytes = bytes;
        _ends.Clear();
        _ends.AddRange(order);
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

    private ReadOnlySpan<byte> Bytes(int index)
    {
        var start = index == 0 ? 0 : _ends[index - 1];
        return _bytes.AsSpan(start, _ends[index] - start);
    }
}
