/*
 * Accepting never removes an approved snapshot unless asked: a candidate that lost messages (or
 * wrote nothing) would otherwise delete the approvals that prove the loss. Removals happen only
 * with allowRemovals; without it they are reported in the result's Orphaned list. AcceptActual
 * accepts in the one pass (SnapshotPass), writing each verified file as its message is committed:
 * a verification followed by Apply kept a difference per message and grew with the output.
 */

using MailMig.Fidelity.Comparer.Comparison;

namespace MailMig.Fidelity.Comparer.Snapshots;

/// <summary>Accepts snapshots: received files become verified files, or an output folder's new and changed snapshots are approved; refused on CI.</summary>
public sealed class SnapshotAcceptor
{
    private readonly SnapshotEnvironment _environment;

    /// <summary>Creates an acceptor obeying <paramref name="environment"/> (the process environment when null).</summary>
    public SnapshotAcceptor(SnapshotEnvironment? environment = null) => _environment = environment ?? SnapshotEnvironment.FromProcess();

    /// <summary>Moves every <c>*.received.txt</c> (the file itself, or all below a folder) over its <c>*.verified.txt</c>; returns the verified paths written.</summary>
    /// <exception cref="InvalidOperationException">On CI, where nothing may write a verified file.</exception>
    /// <exception cref="FileNotFoundException">When <paramref name="receivedFileOrFolder"/> is neither a received file nor a folder.</exception>
    public IReadOnlyList<string> AcceptReceived(string receivedFileOrFolder)
    {
        EnsureAllowed();
        IEnumerable<string> files;
        if (Directory.Exists(receivedFileOrFolder))
        {
            files = Directory.EnumerateFiles(receivedFileOrFolder, "*" + SnapshotFile.ReceivedExtension, SearchOption.AllDirectories);
        }
        else if (File.Exists(receivedFileOrFolder) && receivedFileOrFolder.EndsWith(SnapshotFile.ReceivedExtension, StringComparison.OrdinalIgnoreCase))
        {
            files = [receivedFileOrFolder];
        }
        else
        {
            throw new FileNotFoundException($"'{receivedFileOrFolder}' is neither a *{SnapshotFile.ReceivedExtension} file nor a folder.", receivedFileOrFolder);
        }

        var written = new List<string>();
        foreach (var received in files.Order(StringComparer.Ordinal))
        {
            var verified = SnapshotFile.VerifiedPathFor(received);
            File.Move(received, verified, overwrite: true);
            written.Add(Path.GetFullPath(verified));
        }

        return written;
    }

    /// <summary>Makes <paramref name="verifiedFolder"/> take <paramref name="actualFolder"/>'s new and changed snapshots; approved snapshots nothing produced are removed only when <paramref name="allowRemovals"/>, otherwise listed in the result's <c>Orphaned</c>.</summary>
    /// <exception cref="InvalidOperationException">On CI, where nothing may write a verified file.</exception>
    public FolderVerificationResult AcceptActual(string actualFolder, string verifiedFolder, SnapshotSettings? settings = null, bool allowRemovals = false)
    {
        EnsureAllowed();
        var projection = settings?.Projection ?? new Projection.ProjectionOptions();
        var accepting = new SnapshotSettings { Projection = projection, Environment = _environment, Accept = true, DiffLauncher = settings?.DiffLauncher, AllowRemovals = allowRemovals };
        var result = new SnapshotFolderVerifier(accepting).Verify(actualFolder, verifiedFolder);
        foreach (var stale in Directory.EnumerateFiles(result.VerifiedFolder, "*" + SnapshotFile.ReceivedExtension, SearchOption.AllDirectories).ToList())
        {
            File.Delete(stale);
        }

        return result;
    }

    /// <summary>Moves the received files of <paramref name="verification"/> (which may have been run against a copy) into <paramref name="verifiedFolder"/>; removes its orphans only when <paramref name="allowRemovals"/>.</summary>
    /// <returns>The result as accepted: <c>Accepted</c> names what was written or removed, <c>Orphaned</c> what would have been removed.</returns>
    /// <exception cref="InvalidOperationException">On CI, where nothing may write a verified file.</exception>
    public FolderVerificationResult Apply(FolderVerificationResult verification, string verifiedFolder, bool allowRemovals)
    {
        ArgumentNullException.ThrowIfNull(verification);
        EnsureAllowed();
        var root = Path.GetFullPath(verifiedFolder);
        var accepted = new CompactNameList();
        foreach (var name in verification.Accepted)
        {
            accepted.Add(name);
        }

        // Differences first, then new snapshots, as before: a duplicate of a new message takes its received file.
        var differences = MoveReceived(verification.Differences, root, accepted);
        var created = MoveReceived(verification.New, root, accepted);
        var removals = verification.Orphaned.Concat(verification.Differences.Select(d => d.MovedFrom).OfType<string>()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (allowRemovals)
        {
            foreach (var orphan in removals)
            {
                SnapshotFile.DeleteIfExists(PathOf(root, orphan));
                accepted.Add(orphan);
            }
        }

        accepted.Sort();
        return new FolderVerificationResult
        {
            ActualFolder = verification.ActualFolder,
            VerifiedFolder = root,
            MessageCount = verification.MessageCount,
            Matched = verification.Matched,
            Differences = differences,
            New = created,
            Orphaned = allowRemovals ? [] : removals,
            Accepted = accepted,
            NotRegularFiles = verification.NotRegularFiles,
        };
    }

    // Moves each difference's received file to its verified path, naming it in accepted; returns the differences left (those without one).
    private static List<SnapshotDifference> MoveReceived(IReadOnlyList<SnapshotDifference> differences, string root, CompactNameList accepted)
    {
        var left = new List<SnapshotDifference>();
        foreach (var difference in differences)
        {
            // A duplicate message writes no received file: there is nothing to accept for it.
            if (!File.Exists(difference.Outcome.ReceivedPath))
            {
                left.Add(difference);
                continue;
            }

            var target = PathOf(root, difference.Name);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(difference.Outcome.ReceivedPath, target, overwrite: true);
            accepted.Add(difference.Name);
        }

        return left;
    }

    private static string PathOf(string root, string name) =>
        Path.Combine(root, name.Replace('/', Path.DirectorySeparatorChar) + SnapshotFile.VerifiedExtension);

    private void EnsureAllowed()
    {
        if (!_environment.MayWriteVerified)
        {
            throw new InvalidOperationException("Accepting snapshots is refused on CI (CI=true or a build server was detected): nothing may write a verified file there.");
        }
    }
}
