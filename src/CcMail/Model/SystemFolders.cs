namespace MailMig.Fidelity.CcMail.Model;

/// <summary>The names of the folders every cc:Mail mailbox has.</summary>
public static class SystemFolders
{
    /// <summary>Received messages.</summary>
    public const string Inbox = "Inbox";

    /// <summary>Copies of sent messages.</summary>
    public const string MessageLog = "Message Log";

    /// <summary>Unsent drafts.</summary>
    public const string Drafts = "Drafts";

    /// <summary>Deleted messages.</summary>
    public const string Trash = "Trash";

    /// <summary>The separator that joins nested folder names in a <c>Folder:</c> value.</summary>
    public const char Separator = '\\';

    /// <summary>The four system folders in their usual order.</summary>
    public static IReadOnlyList<string> All { get; } = [Inbox, MessageLog, Drafts, Trash];
}
