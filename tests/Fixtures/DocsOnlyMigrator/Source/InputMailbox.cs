namespace MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Source;

using MailMig.Fidelity.CcMail.Model;

/// <summary>One source mailbox: its name, its folder list (empty for an export file) and its records, read lazily.</summary>
/// <param name="Name">The mailbox name (X-MailMig-Mailbox).</param>
/// <param name="Folders">The mailbox's own folder list in store order.</param>
/// <param name="Records">The message records in source order.</param>
/// <param name="Announced">How many messages the source index announces (DB8), or null when unknown (export).</param>
public sealed record InputMailbox(string Name, IReadOnlyList<string> Folders, Func<IEnumerable<MessageRecord>> Records, int? Announced);
