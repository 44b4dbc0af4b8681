using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Snapshots;

namespace MailMig.Fidelity.Comparer.Comparison;

/// <summary>Splits an output tree and its verified tree into <see cref="OutputGroup"/>s by top-level name.</summary>
internal static class OutputGroups
{
    /// <summary>The groups of <paramref name="actualRoot"/> and (when given) <paramref name="verifiedRoot"/>, in ordinal order of key.</summary>
    public static IReadOnlyList<OutputGroup> List(string actualRoot, string? verifiedRoot)
    {
        var (actualDirectories, actualFiles) = OutputWalker.TopLevel(actualRoot);
        return List(actualDirectories, actualFiles, verifiedRoot);
    }

    /// <summary>The groups of a mail server's top-level folders <paramref name="actualFolders"/> and (when given) <paramref name="verifiedRoot"/>, in ordinal order of key.</summary>
    public static IReadOnlyList<OutputGroup> ForFolders(IReadOnlyList<string> actualFolders, string? verifiedRoot) => List(actualFolders, [], verifiedRoot);

    private static IReadOnlyList<OutputGroup> List(IReadOnlyList<string> actualDirectories, IReadOnlyList<OutputEntry> actualFiles, string? verifiedRoot)
    {
        var (verifiedDirectories, verifiedFiles) = verifiedRoot is not null && Directory.Exists(verifiedRoot)
            ? OutputWalker.TopLevel(verifiedRoot)
            : ([], []);
        var filesByKey = actualFiles.ToLookup(e => KeyOf(e.RelativePath), StringComparer.Ordinal);
        var verifiedByKey = verifiedFiles.Where(e => e.IsRegularFile).Select(e => e.RelativePath).ToLookup(SnapshotKeyOf, StringComparer.Ordinal);
        var actualSet = actualDirectories.ToHashSet(StringComparer.Ordinal);
        var verifiedSet = verifiedDirectories.ToHashSet(StringComparer.Ordinal);
        return actualSet.Concat(verifiedSet).Concat(filesByKey.Select(g => g.Key)).Concat(verifiedByKey.Select(g => g.Key))
            .Distinct(StringComparer.Ordinal)
            .Where(key => key != PersonalDataNames.PublicSegment)
            .Order(StringComparer.Ordinal)
            .Select(key => new OutputGroup(key, filesByKey[key].ToList(), actualSet.Contains(key), verifiedByKey[key].ToList(), verifiedSet.Contains(key)))
            .ToList();
    }

    private static string KeyOf(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        return dot <= 0 ? fileName : fileName[..dot];
    }

    private static string SnapshotKeyOf(string fileName)
    {
        foreach (var extension in (string[])[SnapshotFile.VerifiedExtension, SnapshotFile.ReceivedExtension])
        {
            if (fileName.EndsWith(extension, StringComparison.Ordinal))
            {
                return fileName[..^extension.Length];
            }
        }

        return KeyOf(fileName);
    }
}
