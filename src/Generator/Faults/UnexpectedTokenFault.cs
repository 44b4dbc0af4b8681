using MailMig.Fidelity.CcMail.Export;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q184391: exports held garbage lines between blocks; a reader resynchronises at the next
 * Message: line. The garbage line ("6") is written before the block, and located there, not in it.
 */

/// <summary>A garbage line '6' before the message's block (KB Q184391).</summary>
public sealed class UnexpectedTokenFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "unexpected-token";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 14, ["Q184391"], FaultWhere.Export, FaultScope.Copy, FaultOutcome.Migrated, null,
            "a garbage line '6' before the message's block");

    /// <inheritdoc/>
    public override void ApplyToCopy(CopyDraft draft)
    {
        draft.GarbageBefore = true;
        draft.Marks.Add(Mark(LineKeywords.Block));
    }

    /// <inheritdoc/>
    public override long LocateInExport(WrittenBlock block, long garbageOffset, FaultMark mark) => garbageOffset;
}
