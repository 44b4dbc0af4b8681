namespace MailMig.Fidelity.Generator.Faults;

/*
 * A Contents: count that disagrees with the items that follow; the items present are followed.
 */

/// <summary>A Contents: count that disagrees with the items.</summary>
public sealed class ContentsCountWrongFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "contents-count-wrong";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 21, [], FaultWhere.Export, FaultScope.Copy, FaultOutcome.Migrated, null,
            "a Contents: count that disagrees with the items");

    /// <inheritdoc/>
    public override void ApplyToCopy(CopyDraft draft)
    {
        var count = draft.Message.Items.Count;
        draft.Style = draft.Style with { ContentsCountOverride = count > 1 && draft.Random.Bool() ? count - 1 : count + 1 };
        draft.Marks.Add(Mark(LineKeywords.Contents));
    }
}
