using MailMig.Fidelity.CcMail.Export;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q287056: a Message: size that disagrees with the block; the size is only a cross-check.
 */

/// <summary>A wrong Message: size (KB Q287056).</summary>
public sealed class SizeWrongFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "size-wrong";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 13, ["Q287056"], FaultWhere.Export, FaultScope.Copy, FaultOutcome.Migrated, null,
            "a wrong Message: size")
        { ConflictGroup = "size" };

    /// <inheritdoc/>
    public override void ApplyToCopy(CopyDraft draft)
    {
        draft.Style = draft.Style with { SizeField = SizeFieldStyle.Wrong, WrongSize = draft.Random.Int(1, 9_999_999) };
        draft.Marks.Add(Mark(LineKeywords.Block));
    }
}
