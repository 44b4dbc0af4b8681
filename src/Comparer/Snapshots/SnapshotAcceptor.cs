namespace MailMig.Fidelity.Comparer.Snapshots;

/// <summary>Accepts snapshots: received files become verified files, or a whole output folder becomes the verified folder; refused on CI.</summary>
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
            files = Directory.EnumerateFiles(receivedFileOrFolder, "*" + SnapshotFile.ReceivedExtension, SearchOption.AllDirectories);
        else if (File.Exists(receivedFileOrFolder) && receivedFileOrFolder.EndsWith(SnapshotFile.ReceivedExtension, StringComparison.OrdinalIgnoreCase))
            files = [receivedFileOrFolder];
        else
            throw new FileNotFoundException($"'{receivedFileOrFolder}' is neither a *{SnapshotFile.ReceivedExtension} file nor a folder.", receivedFileOrFolder);

        var written = new List<string>();
        foreach (var received in files.Order(StringComparer.Ordinal))
        {
            var verified = SnapshotFile.VerifiedPathFor(received);
            File.Move(received, verified, overwrite: true);
            written.Add(Path.GetFullPath(verified));
        }

        return written;
    }

    /// <summary>Makes <paramref name="verifiedFolder"/> mirror <paramref name="actualFolder"/>: writes every new or changed snapshot, deletes received files and orphaned verified files.</summary>
    /// <exception cref="InvalidOperationException">On CI, where nothing may write a verified file.</exception>
    public FolderVerificationResult AcceptActual(string actualFolder, string verifiedFolder, SnapshotSettings? settings = null)
    {
        EnsureAllowed();
        var projection = settings?.Projection ?? new Projection.ProjectionOptions();
        var accepting = new SnapshotSettings { Projection = projection, Environment = _environment, Accept = true, DiffLauncher = settings?.DiffLauncher };
        var verifier = new SnapshotFolderVerifier(accepting);
        return verifier.Verify(actualFolder, verifiedFolder);
    }

    private void EnsureAllowed()
    {
        if (!_environment.MayWriteVerified)
            throw new InvalidOperationException("Accepting snapshots is refused on CI (CI=true or a build server was detected): nothing may write a verified file there.");
    }
}
