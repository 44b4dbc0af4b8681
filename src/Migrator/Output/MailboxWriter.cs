using MailMig.Fidelity.Migrator.Conversion;

namespace MailMig.Fidelity.Migrator.Output;

/*
 * Rendering (Prepare) is separate from committing so the engine can run the rendering under its watchdog on
 * another thread and abandon it; Commit and Complete run on the mailbox's own thread, in source order.
 * Nothing reaches its final name until it is whole: files are written beside it and renamed into place.
 */

/// <summary>Writes one mailbox's messages in one target format; used by one thread at a time, Prepare excepted.</summary>
public abstract class MailboxWriter : IDisposable
{
    /// <summary>Creates the writer for the mailbox whose directory is <paramref name="directory"/>.</summary>
    protected MailboxWriter(string directory, string mailboxName)
    {
        Directory = directory;
        MailboxName = mailboxName;
    }

    /// <summary>Whether <see cref="Complete"/> forces the mailbox's files to disk (a checkpoint); off only for tests.</summary>
    public bool FlushToDisk { get; init; } = true;

    /// <summary>The mailbox's output directory.</summary>
    public string Directory { get; }

    /// <summary>The mailbox's source name.</summary>
    public string MailboxName { get; }

    /// <summary>Renders <paramref name="result"/> (thread-safe, no file system access).</summary>
    public abstract PreparedMessage Prepare(ConversionResult result, int index, IReadOnlyList<string> folderSegments);

    /// <summary>Makes the folder <paramref name="folderSegments"/> exist in the output even when it holds no message.</summary>
    public virtual void AddFolder(IReadOnlyList<string> folderSegments)
    {
    }

    /// <summary>Adds a rendered message to the output.</summary>
    public abstract void Commit(PreparedMessage message);

    /// <summary>Finishes the mailbox: every file flushed to disk and in place.</summary>
    public abstract void Complete();

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases open files; an incomplete mailbox's temporary files are left for the next run to overwrite.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>The path of <paramref name="folderSegments"/> under the mailbox directory.</summary>
    protected string FolderPath(IReadOnlyList<string> folderSegments) => Path.Combine([Directory, .. folderSegments]);
}
