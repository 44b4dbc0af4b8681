namespace MailMig.Fidelity.Generator.Faults;

/// <summary>One row of the fault catalog: what is injected, where, and what a correct migrator must reach.</summary>
/// <param name="Id">The catalog id, e.g. <c>attmail-address</c>.</param>
/// <param name="Bit">The fault's position in the catalog, which is its bit in a <see cref="FaultSet"/>.</param>
/// <param name="Kb">The Knowledge Base articles it comes from (empty when none).</param>
/// <param name="Where">Where it is injected.</param>
/// <param name="Scope">What one injection touches.</param>
/// <param name="Outcome">The outcome a correct migrator must reach.</param>
/// <param name="ResultId">The repair id (repaired) or skip reason (skipped), or null.</param>
/// <param name="Summary">What is injected, in one line.</param>
public sealed record FaultDescriptor(
    string Id, int Bit, IReadOnlyList<string> Kb, FaultWhere Where, FaultScope Scope, FaultOutcome Outcome, string? ResultId, string Summary)
{
    /// <summary>The faults a message cannot carry together with this one (they set the same value); empty when none.</summary>
    public string ConflictGroup { get; init; } = "";

    /// <summary>How many events or copies a targeted ("once") injection uses, one per variant (e.g. spring and autumn).</summary>
    public int TargetCount { get; init; } = 1;

    /// <summary>Whether the fault only makes sense in a post office whose code page is 932 (true), not 932 (false), or any (null).</summary>
    public bool? NeedsDbcs { get; init; }

    /// <summary>Whether the fault needs a time zone with daylight saving time.</summary>
    public bool NeedsDst { get; init; }

    /// <summary>Whether <c>all</c> selects the fault; false for store-wide damage, which is only injected when named, so "all" post offices stay as pinned.</summary>
    public bool InAll { get; init; } = true;

    /// <summary>The fault type that plans, applies and locates this fault.</summary>
    public FaultType Type => FaultCatalog.Types[Bit];

    /// <summary>The catalog's outcome column text: <c>migrated</c>, <c>repaired `id`</c> or <c>skipped `id`</c>.</summary>
    public string OutcomeText => Outcome switch
    {
        FaultOutcome.Migrated => "migrated",
        FaultOutcome.Repaired => $"repaired `{ResultId}`",
        _ => $"skipped `{ResultId}`",
    };

    /// <summary>The <c>where</c> value of the catalog and the manifest: <c>model</c>, <c>export</c> or <c>db8</c>.</summary>
    public string WhereText => Where switch
    {
        FaultWhere.Model => "model",
        FaultWhere.Export => "export",
        _ => "db8",
    };
}
