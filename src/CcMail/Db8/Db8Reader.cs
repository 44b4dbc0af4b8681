using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>Reads a DB8 post office directory, streaming messages mailbox by mailbox; corrupt records are skipped with diagnostics.</summary>
public sealed class Db8Reader : IDisposable
{
    /// <summary>Whether <paramref name="directory"/> is a cc:Mail post office (a <c>CCPOMBOX.*</c> file exists, KB Q170011).</summary>
    public static bool IsPostOffice(string directory) =>
        System.IO.Directory.Exists(directory) && System.IO.Directory.EnumerateFiles(directory, "CCPOMBOX.*").Any();

    /// <summary>Opens the post office in <paramref name="directory"/>; throws <see cref="CcMailFormatException"/> when it is not one.</summary>
    public Db8Reader(string directory)
    {
        _ = directory;
        throw new NotImplementedException();
    }

    /// <summary>Reads a whole post office into memory (for tests and small stores).</summary>
    public static PostOffice ReadAll(string directory) => throw new NotImplementedException();

    /// <summary>The post office's name, code page and time zone (Directory and Mailboxes left empty).</summary>
    public PostOffice PostOffice => throw new NotImplementedException();

    /// <summary>The directory entries.</summary>
    public IReadOnlyList<DirectoryEntry> Directory => throw new NotImplementedException();

    /// <summary>The mailboxes the index lists.</summary>
    public IReadOnlyList<Db8MailboxInfo> Mailboxes => throw new NotImplementedException();

    /// <summary>Problems found in the store outside any one message.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => throw new NotImplementedException();

    /// <summary>The messages of <paramref name="mailbox"/> in store order; an unrecoverable record yields a record with no message.</summary>
    public IEnumerable<MessageRecord> ReadMessages(Db8MailboxInfo mailbox) => throw new NotImplementedException();

    /// <inheritdoc/>
    public void Dispose() { }
}
