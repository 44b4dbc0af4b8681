using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Comparer.Snapshots;

/// <summary>Compares received text with a verified file after Verify's conventions: received written on mismatch, deleted on match, accepted when asked and allowed.</summary>
public sealed class SnapshotEngine
{
    private readonly SnapshotEnvironment _environment;
    private readonly IDiffLauncher _launcher;
    private readonly bool? _accept;

    /// <summary>Creates an engine obeying <paramref name="environment"/>; <paramref name="accept"/> overrides <c>MAILMIG_ACCEPT</c> (CI still wins).</summary>
    public SnapshotEngine(SnapshotEnvironment environment, IDiffLauncher? launcher = null, bool? accept = null)
    {
        _environment = environment ?? throw new ArgumentNullException(nameof(environment));
        _launcher = launcher ?? new DiffEngineLauncher();
        _accept = accept;
    }

    /// <summary>Whether new and different snapshots are written as verified in this engine's environment.</summary>
    public bool Accepts => (_accept ?? _environment.AcceptAll) && _environment.MayWriteVerified;

    /// <summary>Compares <paramref name="receivedText"/> with the file at <paramref name="verifiedPath"/>, writing or deleting the received file; never launches a diff tool.</summary>
    public SnapshotOutcome Compare(string name, string verifiedPath, string receivedText) =>
        Evaluate(name, verifiedPath, SnapshotFile.Read(verifiedPath), receivedText, receivedMayExist: true);

    /// <summary>Compares like <see cref="Compare"/> and, on a mismatch where the environment allows it, opens the diff tool.</summary>
    public async Task<SnapshotOutcome> VerifyAsync(string name, string verifiedPath, string receivedText)
    {
        var outcome = Compare(name, verifiedPath, receivedText);
        if (outcome.Status is SnapshotStatus.New or SnapshotStatus.NotEqual && _environment.MayLaunchDiffTool)
        {
            await _launcher.LaunchAsync(outcome.ReceivedPath, verifiedPath).ConfigureAwait(false);
        }

        return outcome;
    }

    /// <summary>The core decision, given the verified text already read (null when missing), and its effect on the received and verified files.</summary>
    internal SnapshotOutcome Evaluate(string name, string verifiedPath, string? verifiedText, string receivedText, bool receivedMayExist)
    {
        var outcome = Decide(name, verifiedPath, verifiedText, receivedText);
        Apply(outcome, receivedMayExist);
        return outcome;
    }

    /// <summary>The decision alone, touching no file: matched, accepted (when this engine accepts), new or not equal, with fields and diff.</summary>
    internal SnapshotOutcome Decide(string name, string verifiedPath, string? verifiedText, string receivedText)
    {
        var receivedPath = SnapshotFile.ReceivedPathFor(verifiedPath);
        if (verifiedText is not null && string.Equals(verifiedText, receivedText, StringComparison.Ordinal))
        {
            return new SnapshotOutcome(name, SnapshotStatus.Matched, verifiedPath, receivedPath, receivedText, verifiedText, [], "");
        }

        var fields = verifiedText is null ? [] : ProjectionSections.DifferingFields(verifiedText, receivedText);
        var diff = UnifiedDiff.Create(verifiedText ?? "", receivedText);
        var status = Accepts ? SnapshotStatus.Accepted : verifiedText is null ? SnapshotStatus.New : SnapshotStatus.NotEqual;
        return new SnapshotOutcome(name, status, verifiedPath, receivedPath, receivedText, verifiedText, fields, diff);
    }

    /// <summary>Writes what <paramref name="outcome"/> decided: the verified file when accepted, the received file on a mismatch; a stale received file is deleted when <paramref name="receivedMayExist"/>.</summary>
    internal static void Apply(SnapshotOutcome outcome, bool receivedMayExist)
    {
        switch (outcome.Status)
        {
            case SnapshotStatus.Matched:
                if (receivedMayExist)
                {
                    SnapshotFile.DeleteIfExists(outcome.ReceivedPath);
                }

                break;
            case SnapshotStatus.Accepted:
                SnapshotFile.Write(outcome.VerifiedPath, outcome.ReceivedText);
                if (receivedMayExist)
                {
                    SnapshotFile.DeleteIfExists(outcome.ReceivedPath);
                }

                break;
            default:
                SnapshotFile.Write(outcome.ReceivedPath, outcome.ReceivedText);
                break;
        }
    }
}
