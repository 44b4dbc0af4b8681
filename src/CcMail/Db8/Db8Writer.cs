using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>Writes a DB8 post office directory as a stream of records (docs/formats/db8.md); memory does not grow with message count.</summary>
public sealed class Db8Writer : IDisposable
{
    /// <summary>Creates the post office files in <paramref name="directory"/> for <paramref name="name"/>.</summary>
    public Db8Writer(string directory, string name, int codePage, string timeZoneId)
    {
        _ = directory; _ = name; _ = codePage; _ = timeZoneId;
        throw new NotImplementedException();
    }

    /// <summary>Writes the whole post office in one call.</summary>
    public static void Write(PostOffice postOffice, string directory) => throw new NotImplementedException();

    /// <summary>Adds a directory entry.</summary>
    public void WriteDirectoryEntry(DirectoryEntry entry) => throw new NotImplementedException();

    /// <summary>Starts the next mailbox with its folders (every folder, empty ones included).</summary>
    public void BeginMailbox(string name, IReadOnlyList<string> folders) => throw new NotImplementedException();

    /// <summary>Writes the next message of the current mailbox and says where it landed.</summary>
    public Db8WrittenRecord WriteMessage(CcMessage message) => throw new NotImplementedException();

    /// <summary>Finishes the current mailbox.</summary>
    public void EndMailbox() => throw new NotImplementedException();

    /// <summary>Writes the index and closes every file.</summary>
    public void Complete() => throw new NotImplementedException();

    /// <inheritdoc/>
    public void Dispose() { }
}
