using Bogus;
using MailMig.Fidelity.Generator.Planning;
using MailMig.Fidelity.Generator.PostOffices;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q174255: empty Drafts, Trash and user folders were turned into messages or errors. The mailbox
 * is chosen before the mail is planned, so the plan sends its drafts and delivers to its Inbox and
 * all but its last user folder, leaving Drafts, Trash and the last user folder empty.
 */

/// <summary>Empty Drafts, Trash and user folders (KB Q174255).</summary>
public sealed class EmptySystemFolderFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "empty-system-folder";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 33, ["Q174255"], FaultWhere.Model, FaultScope.Mailbox, FaultOutcome.Migrated, null,
            "empty Drafts, Trash and user folders");

    /// <inheritdoc/>
    public override bool PlacedBeforeMail => true;

    /// <inheritdoc/>
    public override bool KeepsDraftsEmpty => true;

    /// <inheritdoc/>
    public override int? RecipientFolder(double roll, Randomizer random, LocalUser user)
    {
        var userFolders = user.UserFolders.Count;
        return roll >= 0.8 && userFolders > 1 ? MailboxFolders.FirstUserFolder + random.Int(0, userFolders - 2) : MailboxFolders.Inbox;
    }
}
