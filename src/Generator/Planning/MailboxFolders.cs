namespace MailMig.Fidelity.Generator.Planning;

/// <summary>The folder positions of every generated mailbox: the four system folders, then the user's own.</summary>
public static class MailboxFolders
{
    /// <summary>Inbox, where most delivered mail goes.</summary>
    public const int Inbox = 0;

    /// <summary>Message Log, where the sender's copy of sent mail goes.</summary>
    public const int MessageLog = 1;

    /// <summary>Drafts, where drafts stay.</summary>
    public const int Drafts = 2;

    /// <summary>Trash, where some delivered mail ends.</summary>
    public const int Trash = 3;

    /// <summary>The first of the user's own folders.</summary>
    public const int FirstUserFolder = 4;
}
