/*
 * A candidate may write only into {out}. The case work folder around {out} (the generated source,
 * the gate's own files) is listed before the candidate starts and again after it ends; anything
 * created, changed or removed there fails the case. This works with or without the sandbox; the
 * sandbox adds that nothing outside the work folder can be written at all.
 */
namespace MailMig.Fidelity.Cli.Regression;

/// <summary>A listing of a work folder, leaving out the output folder, to tell what a candidate touched outside <c>{out}</c>.</summary>
public sealed class WorkFolderWatch
{
    private readonly string _folder;
    private readonly string _output;
    private readonly Dictionary<string, (long Length, DateTime Written)> _before;

    private WorkFolderWatch(string folder, string output)
    {
        _folder = folder;
        _output = output;
        _before = List();
    }

    /// <summary>Lists <paramref name="folder"/> now, leaving out <paramref name="output"/>.</summary>
    public static WorkFolderWatch Start(string folder, string output) => new(Path.GetFullPath(folder), Path.GetFullPath(output));

    /// <summary>The paths (relative to the folder) created, changed or removed since the listing, in order.</summary>
    public IReadOnlyList<string> Changes()
    {
        var after = List();
        var created = after.Where(a => !_before.TryGetValue(a.Key, out var b) || b != a.Value).Select(a => a.Key);
        var removed = _before.Keys.Where(k => !after.ContainsKey(k));
        return created.Concat(removed).Order(StringComparer.Ordinal).ToList();
    }

    private Dictionary<string, (long, DateTime)> List()
    {
        var entries = new Dictionary<string, (long, DateTime)>(StringComparer.Ordinal);
        if (!Directory.Exists(_folder))
        {
            return entries;
        }

        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0 };
        var pending = new Stack<string>([_folder]);
        while (pending.Count > 0)
        {
            foreach (var entry in new DirectoryInfo(pending.Pop()).EnumerateFileSystemInfos("*", options))
            {
                if (Sandbox.IsWithin(entry.FullName, _output))
                {
                    continue;
                }

                var isFolder = entry is DirectoryInfo && entry.LinkTarget is null;
                entries[Path.GetRelativePath(_folder, entry.FullName)] = isFolder ? (-1, default) : (LengthOf(entry), entry.LastWriteTimeUtc);
                if (isFolder)
                {
                    pending.Push(entry.FullName);
                }
            }
        }

        return entries;
    }

    private static long LengthOf(FileSystemInfo entry)
    {
        try
        {
            return (entry as FileInfo)?.Length ?? 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
