// Why: siblings on a case-insensitive file system must never share a segment (output.md,
// "siblings"); the later name takes the first free candidate of the documented list.
using System.Text;

namespace MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Layout;

/// <summary>Allocates path segments among the children of one parent, in source order.</summary>
public sealed class SiblingSegments
{
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);

    /// <summary>The segment of a folder name: a name met before in this parent reuses its segment.</summary>
    public string ForFolder(string name)
    {
        if (_byName.TryGetValue(name, out var known))
        {
            return known;
        }

        var segment = Allocate(name);
        _byName[name] = segment;
        return segment;
    }

    /// <summary>A new segment for a mailbox: mailboxes are never merged, so every call allocates.</summary>
    public string ForMailbox(string name) => Allocate(name);

    private string Allocate(string name)
    {
        var segment = Candidates(name).First(c => !_taken.Contains(c));
        _taken.Add(segment);
        return segment;
    }

    private static IEnumerable<string> Candidates(string name)
    {
        if (name.Length == 0)
        {
            yield return "%";
            for (var n = 2; ; n++)
            {
                yield return "~" + n;
            }
        }

        yield return SegmentEncoder.Encode(name, (_, _) => false);
        yield return SegmentEncoder.Encode(name, (_, b) => b >= 'A' && b <= 'Z');
        yield return SegmentEncoder.Encode(name, (_, b) => (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z'));
        yield return SegmentEncoder.Encode(name, (_, _) => true);
        var length = Encoding.UTF8.GetByteCount(name);
        for (var k = 1; k <= length; k++)
        {
            var count = k;
            yield return SegmentEncoder.Encode(name, (i, _) => i < count);
        }

        throw new InvalidOperationException($"every candidate segment of '{name}' is taken");
    }
}
