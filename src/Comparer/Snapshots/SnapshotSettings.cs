using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Comparer.Snapshots;

/// <summary>Settings of one snapshot verification: projection (scrubbers), environment, diff launcher, name suffix and accept override.</summary>
public sealed class SnapshotSettings
{
    /// <summary>How messages are projected; add scrubbers with <c>Projection.Scrubbers.Add(...)</c>.</summary>
    public ProjectionOptions Projection { get; init; } = new();

    /// <summary>The environment switches obeyed; the process environment when null.</summary>
    public SnapshotEnvironment? Environment { get; init; }

    /// <summary>The diff tool launcher; DiffEngine when null.</summary>
    public IDiffLauncher? DiffLauncher { get; init; }

    /// <summary>Appended to the snapshot name after an underscore (<c>Class.Method_suffix</c>), for tests with parameters.</summary>
    public string? Suffix { get; init; }

    /// <summary>Accept (write verified) regardless of <c>MAILMIG_ACCEPT</c> when true, never when false; CI still forbids writing.</summary>
    public bool? Accept { get; init; }

    /// <summary>How many differences and new snapshots keep their texts in memory for reports; past them only names and paths are kept (the received files on disk hold the rest).</summary>
    public int DetailedDifferences { get; init; } = 1000;

    /// <summary>When accepting, whether approved snapshots nothing produced are removed: null removes them (the engine's accept mode); true or false accepts as <c>accept --actual</c> does, removing them only when true (else they are listed as orphaned) and listing accepted names in ordinal order.</summary>
    internal bool? AllowRemovals { get; init; }

    /// <summary>Creates the engine these settings describe.</summary>
    public SnapshotEngine CreateEngine() => new(Environment ?? SnapshotEnvironment.FromProcess(), DiffLauncher, Accept);
}
