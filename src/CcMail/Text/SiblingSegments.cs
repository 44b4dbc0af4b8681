namespace MailMig.Fidelity.CcMail.Text;

/// <summary>Allocates path segments to the names of one directory's children so no two differ only by letter case.</summary>
/// <remarks>Names are allocated in source order; a later name whose segment collides (ignoring case) with an earlier
/// sibling's is encoded more strongly: upper-case letters, then all letters, then every byte.</remarks>
public sealed class SiblingSegments
{
    private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The segment of <paramref name="name"/>, allocating it on first use.</summary>
    public string this[string name] => Allocate(name);

    /// <summary>The segment of <paramref name="name"/>, allocating it on first use.</summary>
    public string Allocate(string name)
    {
        if (_byName.TryGetValue(name, out var existing))
        {
            return existing;
        }

        var segment = AllocateNew(name);
        _byName.Add(name, segment);
        return segment;
    }

    /// <summary>A segment for <paramref name="name"/> distinct from every one allocated so far, even when the name was seen before (two mailboxes of one name).</summary>
    public string AllocateNew(string name)
    {
        foreach (var candidate in Candidates(name))
        {
            if (_taken.Add(candidate))
            {
                return candidate;
            }
        }

        // Only a name with no characters to vary (several siblings named "") gets here: it is numbered.
        for (var number = 2; ; number++)
        {
            var numbered = PathSegments.Encode($"{name}~{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            if (_taken.Add(numbered))
            {
                return numbered;
            }
        }
    }

    // The rules' own fallbacks first (docs/formats/output.md), then, for repeated names only, variants that
    // percent-encode one more leading character each: all decode to the name and differ ignoring case.
    private static IEnumerable<string> Candidates(string name)
    {
        foreach (var strength in Enum.GetValues<PathSegments.Strength>())
        {
            yield return PathSegments.Encode(name, strength);
        }

        var length = System.Text.Encoding.UTF8.GetByteCount(name);
        for (var count = 1; count <= length; count++)
        {
            yield return PathSegments.Encode(name, PathSegments.Strength.Plain, count);
        }
    }
}
