using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.Generator.Output;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * Three flipped bytes in one mailbox's MBOX record of the mailbox list (CCPOMBOX.000): the index and
 * the records still hold the mailbox, so it is recovered and named from its mail. Injected only when
 * named and once: the mailbox must hold mail to be named from it.
 */

/// <summary>Three flipped bytes in one mailbox's MBOX record in the mailbox list (CCPOMBOX.000).</summary>
public sealed class Db8MailboxListDamagedFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "db8-mailbox-list-damaged";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 40, [], FaultWhere.Db8, FaultScope.Mailbox, FaultOutcome.Migrated, null,
            "three flipped bytes in one mailbox's MBOX record in the mailbox list (CCPOMBOX.000)")
        { InAll = false };

    /// <inheritdoc/>
    public override bool OnceOnly => true;

    /// <inheritdoc/>
    public override (string? File, long? Offset) InjectIntoMailbox(ExportOutput? export, Db8Output? db8)
    {
        if (db8 is null)
        {
            return (null, null);
        }

        // The mailbox record is written when the mailbox ends; its body starts after the record header.
        var file = Db8Output.Relative(Db8Layout.MailboxFile);
        var body = db8.NextMailboxRecordOffset + Db8Layout.RecordHeaderSize;
        for (var i = 0; i < 3; i++)
        {
            db8.Patches.Add(new BytePatch(file, body + 2 + (5 * i), [0x5A], XorWith: true));
        }

        return (file, body + 2);
    }
}
