using MailMig.Fidelity.CcMail.Export;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q287056: some exports wrote the Message: size as spaces; the item sizes still delimit the block.
 */

/// <summary>The Message: size written as spaces (KB Q287056).</summary>
public sealed class SizeSpacesFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "size-spaces";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 12, ["Q287056"], FaultWhere.Export, FaultScope.Copy, FaultOutcome.Migrated, null,
            "the Message: size written as spaces")
        { ConflictGroup = "size" };

    /// <inheritdoc/>
    public override void ApplyToCopy(CopyDraft draft)
    {
        draft.Style = draft.Style with { SizeField = SizeFieldStyle.Spaces };
        draft.Marks.Add(Mark(LineKeywords.Block));
    }
}
