namespace MailMig.Fidelity.Migrator.Output;

/// <summary>The output formats the migrator writes.</summary>
public enum OutputTarget
{
    /// <summary>One <c>.eml</c> file per message (the default).</summary>
    Eml,

    /// <summary>One mboxrd file per folder.</summary>
    Mbox,

    /// <summary>The Exchange 5.5 Migration Wizard's <c>.PKL</c>/<c>.PRI</c>/<c>.SEC</c> files per mailbox.</summary>
    Exchange55,

    /// <summary>An IMAP server: a folder per mailbox and cc:Mail folder, one appended message per source message.</summary>
    Imap,
}
