using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Snapshots;

namespace MailMig.Fidelity.Comparer.Comparison;

/*
 * A unit of the single pass: one top-level name of the output and verified trees. Its key is a
 * top-level directory's name, or a top-level file's name without its extension, so everything a
 * snapshot name can start with falls into one group: the directory `Smith%2C Grover/`, a file
 * `x.eml` (snapshot `x`), an mbox `x.mbox` (snapshots `x/<index>`), and on the verified side
 * `x.verified.txt` and the directory `x/`. Groups are walked one at a time.
 */

/// <summary>One top-level name of an output tree and its verified tree: the files and snapshots that belong to it.</summary>
/// <param name="Key">The group's name: a top-level directory name, or a top-level file name without extension.</param>
/// <param name="ActualFiles">The output's top-level entries in this group (files, links, FIFOs…).</param>
/// <param name="ActualDirectory">Whether the output has a directory of this name.</param>
/// <param name="VerifiedFiles">The verified folder's top-level file names in this group.</param>
/// <param name="VerifiedDirectory">Whether the verified folder has a directory of this name.</param>
internal sealed record OutputGroup(string Key, IReadOnlyList<OutputEntry> ActualFiles, bool ActualDirectory, IReadOnlyList<string> VerifiedFiles, bool VerifiedDirectory)
{
    /// <summary>Every output entry of the group (walked now, never following links), in ordinal order of path.</summary>
    public IReadOnlyList<OutputEntry> WalkActual(string actualRoot)
    {
        if (!ActualDirectory)
        {
            return ActualFiles;
        }

        return ActualFiles.Concat(OutputWalker.Walk(actualRoot, Key)).OrderBy(e => e.RelativePath, StringComparer.Ordinal).ToList();
    }

    /// <summary>The snapshot names of the group's verified files ending in <paramref name="verifiedExtension"/> and in <paramref name="receivedExtension"/>, from one walk of its verified directory.</summary>
    public (HashSet<string> Verified, HashSet<string> Received) SnapshotNames(string verifiedRoot, string verifiedExtension, string receivedExtension)
    {
        var verified = new HashSet<string>(StringComparer.Ordinal);
        var received = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in VerifiedFiles)
        {
            Sort(file, "");
        }

        if (VerifiedDirectory && Directory.Exists(Path.Combine(verifiedRoot, Key)))
        {
            foreach (var file in OutputWalker.RegularFiles(Path.Combine(verifiedRoot, Key)))
            {
                Sort(file, Key + "/");
            }
        }

        return (verified, received);

        void Sort(string file, string prefix)
        {
            if (file.EndsWith(verifiedExtension, StringComparison.Ordinal))
            {
                verified.Add(prefix + file[..^verifiedExtension.Length]);
            }
            else if (file.EndsWith(receivedExtension, StringComparison.Ordinal))
            {
                received.Add(prefix + file[..^receivedExtension.Length]);
            }
        }
    }
}
