namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>The completion record in <c>NFTCHECK</c>: what the writer wrote, counted and measured after the last byte.</summary>
internal sealed record Db8CheckRecord(int Mailboxes, int DirectoryEntries, long Messages, long MailboxFileSize, long DirectoryFileSize, long StoreFileSize, long IndexFileSize)
{
    /// <summary>The recorded size of each file, by file name.</summary>
    public IEnumerable<(string File, long Size)> Sizes =>
    [
        (Db8Layout.MailboxFile, MailboxFileSize),
        (Db8Layout.DirectoryFile, DirectoryFileSize),
        (Db8Layout.StoreFile, StoreFileSize),
        (Db8Layout.IndexFile, IndexFileSize),
    ];
}
