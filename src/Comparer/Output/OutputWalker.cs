using System.IO.Enumeration;

namespace MailMig.Fidelity.Comparer.Output;

/*
 * The one way the Comparer (and the regression gate) lists a migrated output tree. Recursive
 * enumeration in .NET follows symbolic links to directories, so `ln -s .. loop` made a listing
 * endless and `ln -s . self` repeated every message; and opening a FIFO named 000001.eml blocks
 * forever. This walker reads every entry's kind without following links (FileKinds), descends
 * only into real directories, and reports everything that is not a regular file or a directory
 * as such, so callers can count it as a difference without ever opening it.
 */

/// <summary>Lists an output tree without following symbolic links: its regular files, and every entry that is not a regular file.</summary>
public static class OutputWalker
{
    // Like DirectoryInfo's enumeration: every entry, hidden and system ones included; an unreadable directory throws.
    private static readonly EnumerationOptions Options = new() { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };

    /// <summary>Walks <paramref name="root"/> and returns its regular files and its non-regular entries (links, FIFOs, devices, sockets, unlistable directories), in ordinal order of path.</summary>
    public static IReadOnlyList<OutputEntry> Walk(string root) => Walk(root, "");

    /// <summary>Walks the directory <paramref name="under"/> (<c>/</c>-separated, relative to <paramref name="root"/>, itself a real directory) like <see cref="Walk(string)"/>; paths stay relative to <paramref name="root"/>.</summary>
    public static IReadOnlyList<OutputEntry> Walk(string root, string under)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(under);
        var entries = new List<OutputEntry>();
        var pending = new Stack<string>();
        pending.Push(under);
        while (pending.Count > 0)
        {
            var relative = pending.Pop();
            foreach (var (name, full) in List(root, relative, entries))
            {
                var path = relative.Length == 0 ? name : relative + "/" + name;
                var kind = FileKinds.Of(full);
                if (kind == FileKind.Directory)
                {
                    pending.Push(path);
                }
                else
                {
                    entries.Add(new OutputEntry(path, kind));
                }
            }
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return entries;
    }

    /// <summary>The top level of <paramref name="root"/> alone: the names of its real directories, and its other entries (files, links, FIFOs…), each in ordinal order.</summary>
    public static (IReadOnlyList<string> Directories, IReadOnlyList<OutputEntry> Others) TopLevel(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var directories = new List<string>();
        var others = new List<OutputEntry>();
        foreach (var (name, full) in List(root, "", others))
        {
            var kind = FileKinds.Of(full);
            if (kind == FileKind.Directory)
            {
                directories.Add(name);
            }
            else
            {
                others.Add(new OutputEntry(name, kind));
            }
        }

        directories.Sort(StringComparer.Ordinal);
        others.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return (directories, others);
    }

    /// <summary>The regular files below <paramref name="root"/>, <c>/</c>-separated relative paths in ordinal order.</summary>
    public static IReadOnlyList<string> RegularFiles(string root) =>
        Walk(root).Where(e => e.IsRegularFile).Select(e => e.RelativePath).ToList();

    private static List<(string Name, string Full)> List(string root, string relative, List<OutputEntry> entries)
    {
        var directory = relative.Length == 0 ? root : Path.Combine(root, relative);
        try
        {
            // Names only: a FileSystemInfo per entry cost an allocation and, on first use, a stat of its own.
            var names = new FileSystemEnumerable<string>(directory, (ref FileSystemEntry entry) => entry.FileName.ToString(), Options);
            return names.Select(name => (name, Path.Join(directory, name))).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (relative.Length > 0)
            {
                entries.Add(new OutputEntry(relative, FileKind.Directory, "unreadable directory: " + e.Message));
            }

            return [];
        }
    }
}
