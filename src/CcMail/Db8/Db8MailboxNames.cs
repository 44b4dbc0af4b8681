using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Db8;

/*
 * A mailbox whose MBOX record is lost has no name of its own left. Its records still say whose they are:
 * every message in its Message Log was sent by the owner, and a message someone else sent is addressed to
 * the owner (unless the owner was a blind copy). A name is taken only when that evidence agrees on one
 * local user of the directory (or, with no local users listed, on one name of this post office); the
 * reader then still refuses a name another mailbox already has.
 */

/// <summary>Names a recovered mailbox from the sender of its Message Log messages or the one local user all its other messages are addressed to.</summary>
internal static class Db8MailboxNames
{
    /// <summary>How many of a recovered mailbox's records are read for evidence of its name and folders.</summary>
    public const int Sample = 256;

    /// <summary>The stable placeholder of a mailbox no witness names.</summary>
    public static string Placeholder(int id) => $"recovered-mailbox-{id}";

    /// <summary>The owner's name the records agree on (null when they do not), with how it was found, and the folders they use in order.</summary>
    public static (string? Name, string Evidence, List<string> Folders) FromRecords(IEnumerable<MessageRecord> records, IReadOnlyList<DirectoryEntry> directory, string postOffice)
    {
        var locals = directory.Where(e => e.TypeCode is DirectoryEntryTypes.LocalUser or DirectoryEntryTypes.LocalMobileUser).Select(e => e.Name).ToList();
        var senders = new HashSet<string>(StringComparer.Ordinal);
        HashSet<string>? addressed = null;
        var folders = new List<string>();
        foreach (var message in records.Take(Sample).Select(r => r.Message).OfType<CcMessage>())
        {
            if (!folders.Contains(message.Folder, StringComparer.Ordinal))
            {
                folders.Add(message.Folder);
            }

            if (message.Folder == SystemFolders.MessageLog || message.Folder.StartsWith(SystemFolders.MessageLog + "\\", StringComparison.Ordinal))
            {
                if (LocalName(message.From, locals, postOffice) is { } sender)
                {
                    senders.Add(sender);
                }

                continue;
            }
            var names = message.To.Concat(message.Cc).Concat(message.Bcc).Select(a => LocalName(a, locals, postOffice)).OfType<string>();
            if (addressed is null)
            {
                addressed = new HashSet<string>(names, StringComparer.Ordinal);
            }
            else
            {
                addressed.IntersectWith(names);
            }
        }
        if (senders.Count == 1)
        {
            return (senders.Single(), "the sender of its Message Log messages", folders);
        }

        if (addressed is { Count: 1 })
        {
            return (addressed.Single(), "the one local user all its received messages are addressed to", folders);
        }

        return (null, "", folders);
    }

    private static string? LocalName(CcAddress? address, List<string> locals, string postOffice)
    {
        var raw = address?.Raw.Trim();
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        var at = raw.LastIndexOf(" at ", StringComparison.OrdinalIgnoreCase);
        var name = (at > 0 ? raw[..at] : raw).Trim().Trim('"');
        var office = at > 0 ? raw[(at + 4)..].Trim().Trim('"') : null;
        if (office is not null && !office.Equals(postOffice, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (locals.Count == 0)
        {
            return name.Length > 0 ? name : null;
        }

        return locals.FirstOrDefault(l => l.Equals(name, StringComparison.OrdinalIgnoreCase));
    }
}
