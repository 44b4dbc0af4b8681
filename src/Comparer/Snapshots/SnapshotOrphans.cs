namespace MailMig.Fidelity.Comparer.Snapshots;

/// <summary>Finds verified snapshots that nothing produces any more.</summary>
public static class SnapshotOrphans
{
    /// <summary>Returns the names (relative path without <c>.verified.txt</c>, <c>/</c>-separated) of verified files under <paramref name="folder"/> not in <paramref name="producedNames"/>, in ordinal order.</summary>
    public static IReadOnlyList<string> Find(string folder, IEnumerable<string> producedNames)
    {
        ArgumentNullException.ThrowIfNull(producedNames);
        var produced = producedNames as ISet<string> ?? new HashSet<string>(producedNames, StringComparer.Ordinal);
        return ListNames(folder, SnapshotFile.VerifiedExtension).Where(n => !produced.Contains(n)).ToList();
    }

    /// <summary>Lists the snapshot names of the files under <paramref name="folder"/> ending in <paramref name="extension"/>, in ordinal order; none when the folder does not exist.</summary>
    public static IReadOnlyList<string> ListNames(string folder, string extension)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var names = Output.OutputWalker.RegularFiles(folder)
            .Where(f => f.EndsWith(extension, StringComparison.Ordinal))
            .Select(f => f[..^extension.Length])
            .ToList();
        names.Sort(StringComparer.Ordinal);
        return names;
    }
}
