// Why: a cc:Mail folder path `A\B` is nested directories, each level allocated among its own
// siblings in source order (output.md, "Layout"); this keeps one allocator per parent.
namespace MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Layout;

/// <summary>The folder directories of one mailbox: cc:Mail folder paths to relative directory paths.</summary>
public sealed class FolderTree
{
    private readonly Dictionary<string, SiblingSegments> _children = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);

    /// <summary>The relative directory of <paramref name="folder"/> (segments joined by the platform separator).</summary>
    public string PathOf(string folder)
    {
        if (_paths.TryGetValue(folder, out var known))
        {
            return known;
        }

        var parentKey = "";
        var path = "";
        foreach (var name in folder.Split('\\'))
        {
            if (!_children.TryGetValue(parentKey, out var siblings))
            {
                siblings = new SiblingSegments();
                _children[parentKey] = siblings;
            }

            path = path.Length == 0 ? siblings.ForFolder(name) : Path.Combine(path, siblings.ForFolder(name));
            parentKey = parentKey + "\\" + name;
        }

        _paths[folder] = path;
        return path;
    }
}
