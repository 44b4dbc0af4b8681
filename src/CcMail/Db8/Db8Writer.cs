using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.CcMail.Db8;

/*
 * Streaming: every record goes to its file as soon as it is complete. A message record goes to
 * CCPOMS and its fixed-size index entry to CLANDATA at once; a mailbox record (which needs the
 * mailbox's message count) goes to CCPOMBOX.000 when the mailbox ends. Only the current mailbox's
 * name and folders and one reusable body buffer are held, so memory does not grow with the number
 * of messages. No clock, GUID or machine state reaches the bytes: the same calls give the same files.
 * NFTCHECK is written last, by Complete, so a store without it was not finished.
 */

/// <summary>Writes a DB8 post office directory as a stream of records (docs/formats/db8.md); memory does not grow with message count.</summary>
public sealed class Db8Writer : IDisposable
{
    private readonly Db8Storage _storage;
    private readonly Db8BodyWriter _body;
    private readonly Db8RecordSink _mailboxes;
    private readonly Db8RecordSink _directory;
    private readonly Db8RecordSink _store;
    private readonly Db8RecordSink _index;
    private int _mailboxCount;
    private int _directoryCount;
    private long _messageCount;
    private string? _mailboxName;
    private IReadOnlyList<string> _mailboxFolders = [];
    private int _mailboxMessages;
    private long _mailboxIndexStart;
    private long _mailboxStoreStart;
    private bool _closed;

    /// <summary>Creates the post office files in <paramref name="directory"/> for <paramref name="name"/>.</summary>
    public Db8Writer(string directory, string name, int codePage, string timeZoneId)
        : this(new Db8DirectoryStorage(directory), name, codePage, timeZoneId)
    {
    }

    /// <summary>Creates the post office files in <paramref name="storage"/>.</summary>
    internal Db8Writer(Db8Storage storage, string name, int codePage, string timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(timeZoneId);
        if (!CodePages.IsSupported(codePage))
        {
            throw new ArgumentOutOfRangeException(nameof(codePage), codePage, "DB8 stores text in code page 437, 850 or 932.");
        }

        _storage = storage;
        _body = new Db8BodyWriter(CodePages.Get(codePage));
        storage.Delete(Db8Layout.CheckFile);

        using (var version = new Db8RecordSink(storage, Db8Layout.VersionFile, Db8Tags.Version, _body))
        {
            version.Append(Db8Tags.Version, 0, 0, Body(Db8Records.WriteVersion));
        }

        _mailboxes = new Db8RecordSink(storage, Db8Layout.MailboxFile, Db8Tags.Mailbox, _body);
        _mailboxes.Append(Db8Tags.PostOffice, 0, 0, Body(w => Db8Records.WritePostOffice(w, codePage, name, timeZoneId)));
        _directory = new Db8RecordSink(storage, Db8Layout.DirectoryFile, Db8Tags.DirectoryEntry, _body);
        _store = new Db8RecordSink(storage, Db8Layout.StoreFile, Db8Tags.Message, _body);
        _index = new Db8RecordSink(storage, Db8Layout.IndexFile, Db8Tags.IndexEntry, _body);
    }

    /// <summary>Writes the whole post office in one call.</summary>
    public static void Write(PostOffice postOffice, string directory) =>
        Write(postOffice, new Db8DirectoryStorage(directory), null);

    /// <summary>Writes <paramref name="postOffice"/> into <paramref name="storage"/>, adding where each message landed to <paramref name="written"/>.</summary>
    internal static void Write(PostOffice postOffice, Db8Storage storage, List<Db8WrittenRecord>? written)
    {
        using var writer = new Db8Writer(storage, postOffice.Name, postOffice.CodePage, postOffice.TimeZoneId);
        foreach (var entry in postOffice.Directory)
        {
            writer.WriteDirectoryEntry(entry);
        }

        foreach (var mailbox in postOffice.Mailboxes)
        {
            writer.BeginMailbox(mailbox.Name, mailbox.Folders);
            foreach (var message in mailbox.Messages)
            {
                var record = writer.WriteMessage(message);
                written?.Add(record);
            }
            writer.EndMailbox();
        }
        writer.Complete();
    }

    /// <summary>Writes <paramref name="postOffice"/> to memory and returns its files by name (for tests).</summary>
    internal static Dictionary<string, byte[]> WriteToMemory(PostOffice postOffice, List<Db8WrittenRecord>? written = null)
    {
        var storage = new Db8MemoryStorage();
        Write(postOffice, storage, written);
        return storage.ToFiles();
    }

    /// <summary>Adds a directory entry.</summary>
    public void WriteDirectoryEntry(DirectoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ThrowIfClosed();
        _directoryCount++;
        _directory.Append(Db8Tags.DirectoryEntry, 0, (uint)_directoryCount, Body(w => Db8Records.WriteDirectoryEntry(w, entry)));
    }

    /// <summary>Starts the next mailbox with its folders (every folder, empty ones included).</summary>
    public void BeginMailbox(string name, IReadOnlyList<string> folders)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(folders);
        ThrowIfClosed();
        if (_mailboxName is not null)
        {
            throw new InvalidOperationException($"Mailbox '{_mailboxName}' has not been ended.");
        }

        _mailboxName = name;
        _mailboxFolders = [.. folders];
        _mailboxMessages = 0;
        _mailboxIndexStart = _index.Position;
        _mailboxStoreStart = _store.Position;
    }

    /// <summary>Where in CCPOMBOX.000 the next mailbox record (written by <see cref="EndMailbox"/>) will start.</summary>
    public long NextMailboxRecordOffset => _mailboxes.Position;

    /// <summary>Writes the next message of the current mailbox and says where it landed.</summary>
    public Db8WrittenRecord WriteMessage(CcMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ThrowIfClosed();
        if (_mailboxName is null)
        {
            throw new InvalidOperationException("WriteMessage needs a mailbox begun with BeginMailbox.");
        }

        var mailboxId = (uint)(_mailboxCount + 1);
        var index = (uint)(_mailboxMessages + 1);
        var body = Body(w => Db8MessageCodec.Write(w, message));
        var offset = _store.Append(Db8Tags.Message, mailboxId, index, body);
        var length = _store.Position - offset;
        var indexOffset = _index.Append(Db8Tags.IndexEntry, mailboxId, index, Body(w => Db8Records.WriteIndexEntry(w, length, offset)));
        _mailboxMessages++;
        _messageCount++;
        return new Db8WrittenRecord(Db8Layout.StoreFile, offset, length, Db8Layout.IndexFile, indexOffset);
    }

    /// <summary>Finishes the current mailbox.</summary>
    public void EndMailbox()
    {
        ThrowIfClosed();
        if (_mailboxName is null)
        {
            throw new InvalidOperationException("EndMailbox needs a mailbox begun with BeginMailbox.");
        }

        _mailboxCount++;
        var body = Body(w => Db8Records.WriteMailbox(w, _mailboxName, _mailboxFolders, _mailboxMessages, _mailboxIndexStart, _mailboxStoreStart, _store.Position));
        _mailboxes.Append(Db8Tags.Mailbox, (uint)_mailboxCount, 0, body);
        _mailboxName = null;
        _mailboxFolders = [];
    }

    /// <summary>Writes the index and closes every file.</summary>
    public void Complete()
    {
        ThrowIfClosed();
        if (_mailboxName is not null)
        {
            throw new InvalidOperationException($"Mailbox '{_mailboxName}' has not been ended.");
        }

        var check = new Db8CheckRecord(_mailboxCount, _directoryCount, _messageCount,
            _mailboxes.Position, _directory.Position, _store.Position, _index.Position);
        CloseFiles();
        using var sink = new Db8RecordSink(_storage, Db8Layout.CheckFile, Db8Tags.Check, _body);
        sink.Append(Db8Tags.Check, 0, 0, Body(w => Db8Records.WriteCheck(w, check)));
    }

    /// <inheritdoc/>
    public void Dispose() => CloseFiles();

    private ReadOnlySpan<byte> Body(Action<Db8BodyWriter> write)
    {
        _body.Reset();
        write(_body);
        return _body.Written;
    }

    private void CloseFiles()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        _mailboxes.Dispose();
        _directory.Dispose();
        _store.Dispose();
        _index.Dispose();
    }

    private void ThrowIfClosed() => ObjectDisposedException.ThrowIf(_closed, this);
}
