namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q280071: read and unread messages in one folder lost their state. The copy's read state is the
 * opposite of the previous message's in the same folder, so it needs such a message.
 */

/// <summary>Read and unread messages in the same folder (KB Q280071).</summary>
public sealed class ReadStatusFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "read-status";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 32, ["Q280071"], FaultWhere.Model, FaultScope.Copy, FaultOutcome.Migrated, null,
            "read and unread messages in the same folder");

    /// <inheritdoc/>
    public override bool FitsCopy(CopyPlace place) => place.HasEarlierInFolder;

    /// <inheritdoc/>
    public override void ChooseReadState(CopyDraft draft)
    {
        draft.Message.IsRead = !draft.LastReadInFolder!.Value;
        draft.Marks.Add(Mark(LineKeywords.Status, detail: draft.Message.IsRead ? "read" : "unread"));
    }
}
