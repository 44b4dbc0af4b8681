using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.Generator.Output;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * One flipped byte in the version record (CCVER.TB, the high byte of its database generation): the
 * other files are in the DB8 layout, so the store is read as generation 8 with a warning. Recorded on
 * one mailbox, it damages the whole store; injected only when named, once.
 */

/// <summary>One flipped byte in the version record (CCVER.TB), damaging the whole store.</summary>
public sealed class Db8VersionDamagedFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "db8-version-damaged";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 41, [], FaultWhere.Db8, FaultScope.Mailbox, FaultOutcome.Migrated, null,
            "one flipped byte in the version record (CCVER.TB); recorded on one mailbox, it damages the whole store")
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

        var file = Db8Output.Relative(Db8Layout.VersionFile);
        var offset = Db8Layout.FileHeaderSize + Db8Layout.RecordHeaderSize + 1L;
        if (!db8.Patches.Any(p => p.File == file))
        {
            db8.Patches.Add(new BytePatch(file, offset, [0x5A], XorWith: true));
        }

        return (file, offset);
    }
}
