namespace MailMig.Fidelity.Migrator.Conversion;

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

        foreach (var strength in Enum.GetValues<PathSegments.Strength>())
        {
            var segment = PathSegments.Encode(name, strength);
            if (_taken.Add(segment))
            {
                _byName.Add(name, segment);
                return segment;
            }
        }

        throw new InvalidOperationException($"no collision-free segment for '{name}'");
    }
}
