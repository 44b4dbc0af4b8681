using System.Collections;
using System.Text;

namespace MailMig.Fidelity.Comparer.Comparison;

/*
 * The names of matched snapshots are only counted and, rarely, looked at; as strings, 1,000,000 of
 * them cost ~90 MB. Here they are UTF-8 bytes in one growing buffer with an offset per name
 * (~30 MB), and a string is made only when one is read.
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
        get
        {
            var start = index == 0 ? 0 : _ends[index - 1];
            return Encoding.UTF8.GetString(_bytes, start, _ends[index] - start);
        }
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

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
