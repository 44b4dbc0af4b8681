using Bogus;
using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.Generator.Output;
using MailMig.Fidelity.Generator.Planning;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * A store cut in the middle of a message record: its bytes are gone, so the message is skipped and
 * the ones before it are intact. The store holds every mailbox in turn, so only its very last record
 * (the last message of the last mailbox with mail) can be cut without losing later mailboxes.
 */

/// <summary>The store cut in the middle of the mailbox's last message record.</summary>
public sealed class Db8TruncatedFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "db8-truncated";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 39, [], FaultWhere.Db8, FaultScope.Copy, FaultOutcome.Skipped, "db8-truncated",
            "the store cut in the middle of the mailbox's last message record")
        { ConflictGroup = "db8" };

    /// <inheritdoc/>
    public override (int User, int Index)? PickCopy(MailPlan plan, Randomizer targets)
    {
        var user = plan.LastUserWithMail();
        var copies = plan.Copies[user];
        return copies.Count == 0 ? null : (user, copies.Count - 1);
    }

    /// <inheritdoc/>
    public override bool FitsCopy(CopyPlace place) => place.IsLastInStore;

    /// <inheritdoc/>
    public override (string File, long Offset) InjectIntoRecord(Db8Output db8, Db8WrittenRecord record)
    {
        var file = Db8Output.Relative(record.File);
        var cut = record.Offset + record.Length / 2;
        db8.Patches.Add(new BytePatch(file, cut, null));
        return (file, cut);
    }
}
