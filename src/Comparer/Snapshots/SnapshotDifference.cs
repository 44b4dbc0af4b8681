using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Comparer.Snapshots;

/// <summary>One message of a folder verification that is new or differs from its verified snapshot.</summary>
/// <param name="Outcome">The comparison: files, texts, differing fields and diff.</param>
/// <param name="Location">Where the message was found in the actual output.</param>
/// <param name="MovedFrom">For a message found at another place than its verified snapshot (a wrong folder), the verified snapshot's name.</param>
public sealed record SnapshotDifference(SnapshotOutcome Outcome, MessageLocation? Location, string? MovedFrom = null)
{
    /// <summary>The snapshot name (<c>&lt;mailbox&gt;/&lt;folder&gt;/&lt;index&gt;</c>).</summary>
    public string Name => Outcome.Name;

    /// <summary>The differing projection fields (<c>location</c> first for a moved message).</summary>
    public IReadOnlyList<string> Fields => Outcome.Fields;
}
