using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.Migrator.Conversion;

/// <summary>Allocates collision-free relative directory paths to a mailbox's <c>\</c>-joined folder paths, in source order.</summary>
public sealed class FolderSegments
{
    private readonly Dictionary<string, SiblingSegments> _children = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _paths = new(StringComparer.Ordinal);

    /// <summary>The path segments of <paramref name="folder"/> (one per nested name), allocating them on first use.</summary>
    public IReadOnlyList<string> Allocate(string folder)
    {
        if (_paths.TryGetValue(folder, out var known))
        {
            return known;
        }

        var names = folder.Split(SystemFolders.Separator);
        var segments = new string[names.Length];
        var parent = "";
        for (var i = 0; i < names.Length; i++)
        {
            if (!_children.TryGetValue(parent, out var siblings))
            {
                siblings = new SiblingSegments();
                _children.Add(parent, siblings);
            }

            segments[i] = siblings.Allocate(names[i]);
            parent = parent + SystemFolders.Separator + names[i];
        }

        _paths.Add(folder, segments);
        return segments;
    }
}
