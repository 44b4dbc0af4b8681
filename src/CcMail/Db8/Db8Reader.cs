using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.CcMail.Db8;

/*
 * Opening reads the small files whole (version, post office header, mailbox records, directory,
 * completion record) and keeps the store and the index open; messages are read lazily, one
 * mailbox at a time, so memory does not grow with the store. The only exception is
 * CcMailFormatException: for a directory that is not a post office, a missing or unsupported
 * CCVER.TB, a post office header that cannot be read, or an I/O error. Every other damage is a
 * diagnostic (Diagnostics for the store, MessageRecord.Diagnostics for a message).
 * Not thread-safe: the store and index streams are shared by every ReadMessages enumeration.
 */

/// <summary>Reads a DB8 post office directory, streaming messages mailbox by mailbox; corrupt records are skipped with diagnostics.</summary>
public sealed class Db8Reader : IDisposable
{
    private static readonly uint[] VersionTags = [Db8Tags.FileHeader, Db8Tags.Version];
    private static readonly uint[] MailboxTags = [Db8Tags.FileHeader, Db8Tags.PostOffice, Db8Tags.Mailbox];
    private static readonly uint[] DirectoryTags = [Db8Tags.FileHeader, Db8Tags.DirectoryEntry];
    private static readonly uint[] CheckTags = [Db8Tags.FileHeader, Db8Tags.Check];

    private readonly PostOffice _header;
    private readonly List<DirectoryEntry> _directory = [];
    private readonly List<Db8MailboxInfo> _mailboxInfos = [];
    private readonly Dictionary<int, Db8MailboxEntry> _mailboxes = [];
    private readonly Dictionary<int, int> _previousIds = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Db8RecordFile _store;
    private readonly Db8RecordFile _index;
    private readonly Db8MessageLocator _locator;

    /// <summary>Whether <paramref name="directory"/> is a cc:Mail post office (a <c>CCPOMBOX.*</c> file exists, KB Q170011).</summary>
    public static bool IsPostOffice(string directory) => Db8DirectoryStorage.IsPostOffice(directory);

    /// <summary>Opens the post office in <paramref name="directory"/>; throws <see cref="CcMailFormatException"/> when it is not one.</summary>
    public Db8Reader(string directory)
        : this(new Db8DirectoryStorage(directory))
    {
    }

    /// <summary>Opens a post office held in memory as file name to bytes (for tests: no disk I/O).</summary>
    internal Db8Reader(IReadOnlyDictionary<string, byte[]> files)
        : this(new Db8MemoryStorage(files))
    {
    }

    private Db8Reader(Db8Storage storage)
    {
        if (!storage.HasPostOfficeMarker())
            throw new CcMailFormatException("not a cc:Mail post office: no CCPOMBOX.* file (KB Q170011)", storage.Description, 0);
        CheckVersion(storage);
        _header = ReadMailboxFile(storage);
        var encoding = CodePages.Get(_header.CodePage);
        ReadDirectoryFile(storage, encoding);
        _store = Db8RecordFile.Open(storage, Db8Layout.StoreFile);
        try
        {
            _index = Db8RecordFile.Open(storage, Db8Layout.IndexFile);
            CheckHeader(_store, Db8Tags.Message);
            CheckHeader(_index, Db8Tags.IndexEntry);
            CheckCompletion(storage);
        }
        catch
        {
            _store.Dispose();
            _index?.Dispose();
            throw;
        }
        var addressOptions = new AddressParserOptions { DefaultPostOffice = _header.Name };
        _locator = new Db8MessageLocator(_store, _index, encoding, addressOptions);
    }

    /// <summary>Reads a whole post office into memory (for tests and small stores); unreadable messages are left out, so see <see cref="ReadMessages"/> for every record.</summary>
    public static PostOffice ReadAll(string directory)
    {
        using var reader = new Db8Reader(directory);
        return reader.ReadAll();
    }

    /// <summary>The post office's name, code page and time zone (Directory and Mailboxes left empty).</summary>
    public PostOffice PostOffice => new() { Name = _header.Name, CodePage = _header.CodePage, TimeZoneId = _header.TimeZoneId };

    /// <summary>The directory entries.</summary>
    public IReadOnlyList<DirectoryEntry> Directory => _directory;

    /// <summary>The mailboxes the index lists.</summary>
    public IReadOnlyList<Db8MailboxInfo> Mailboxes => _mailboxInfos;

    /// <summary>Problems found in the store outside any one message.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>The messages of <paramref name="mailbox"/> in store order; an unrecoverable record yields a record with no message.</summary>
    public IEnumerable<MessageRecord> ReadMessages(Db8MailboxInfo mailbox)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        if (!_mailboxes.TryGetValue(mailbox.Id, out var entry))
            throw new ArgumentException($"Mailbox {mailbox.Id} is not one this reader lists.", nameof(mailbox));
        return _locator.Read(entry, _previousIds[mailbox.Id]);
    }

    /// <summary>Reads every mailbox of this post office into memory, leaving out unreadable messages.</summary>
    internal PostOffice ReadAll()
    {
        var postOffice = PostOffice;
        postOffice.Directory.AddRange(_directory);
        foreach (var info in _mailboxInfos)
        {
            var mailbox = new Mailbox { Name = info.Name, Folders = [.. info.Folders] };
            foreach (var record in ReadMessages(info))
                if (record.Message is { } message)
                    mailbox.Messages.Add(message);
            postOffice.Mailboxes.Add(mailbox);
        }
        return postOffice;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _store.Dispose();
        _index.Dispose();
    }

    private static List<Db8Record> ReadSmallFile(Db8Storage storage, string name, uint contentTag, IReadOnlyList<uint> tags, List<Diagnostic> diagnostics)
    {
        using var file = Db8RecordFile.Open(storage, name);
        var records = file.ReadSequence(tags, diagnostics).ToList();
        if (file.Exists && (records.Count == 0 || records[0].Offset != 0 || records[0].Header.Tag != Db8Tags.FileHeader
            || !Db8Records.IsFileHeader(records[0].Body, contentTag)))
            diagnostics.Add(BadFileHeader(name, contentTag));
        return records;
    }

    private static Diagnostic BadFileHeader(string file, uint contentTag) =>
        new(DiagnosticSeverity.Warning, Db8DiagnosticCodes.BadFileHeader, $"the file does not start with a file header for {Db8Tags.Name(contentTag)} records", file, 0);

    private static void CheckVersion(Db8Storage storage)
    {
        var ignored = new List<Diagnostic>();
        var versions = ReadSmallFile(storage, Db8Layout.VersionFile, Db8Tags.Version, VersionTags, ignored)
            .Where(r => r.Header.Tag == Db8Tags.Version)
            .Select(r => Db8Records.ReadVersion(r.Body))
            .ToList();
        if (versions.Count == 0 || versions[0] is not { } version)
            throw new CcMailFormatException($"no readable version record: {Db8Layout.VersionFile} is missing or damaged", Db8Layout.VersionFile, 0);
        if (version.Generation != Db8Layout.DatabaseGeneration || version.Major != Db8Layout.FormatMajor)
            throw new CcMailFormatException(
                $"unsupported database: generation {version.Generation}, layout version {version.Major} (this reader reads generation {Db8Layout.DatabaseGeneration}, version {Db8Layout.FormatMajor})",
                Db8Layout.VersionFile, 0);
    }

    private PostOffice ReadMailboxFile(Db8Storage storage)
    {
        var records = ReadSmallFile(storage, Db8Layout.MailboxFile, Db8Tags.Mailbox, MailboxTags, _diagnostics);
        var headerRecord = records.FirstOrDefault(r => r.Header.Tag == Db8Tags.PostOffice);
        if (headerRecord.Body is null || Db8Records.ReadPostOffice(headerRecord.Body) is not { } header)
            throw new CcMailFormatException("no readable post office header (POHD) record", Db8Layout.MailboxFile, headerRecord.Offset);
        var encoding = CodePages.Get(header.CodePage);
        foreach (var record in records.Where(r => r.Header.Tag == Db8Tags.Mailbox))
        {
            if (Db8Records.ReadMailbox(record.Body, encoding, record.Header.Key1) is not { } mailbox)
                _diagnostics.Add(new(DiagnosticSeverity.Error, Db8DiagnosticCodes.BadPayload, "the mailbox record matches its CRC-32 but does not decode; the mailbox is left out", Db8Layout.MailboxFile, record.Offset));
            else if (!_mailboxes.TryAdd(mailbox.Info.Id, mailbox))
                _diagnostics.Add(new(DiagnosticSeverity.Warning, Db8DiagnosticCodes.DuplicateMailbox, $"a second record for mailbox {mailbox.Info.Id} is ignored", Db8Layout.MailboxFile, record.Offset));
            else
            {
                _previousIds[mailbox.Info.Id] = _mailboxInfos.Count == 0 ? 0 : _mailboxInfos[^1].Id;
                _mailboxInfos.Add(mailbox.Info);
            }
        }
        return header;
    }

    private void ReadDirectoryFile(Db8Storage storage, System.Text.Encoding encoding)
    {
        var records = ReadSmallFile(storage, Db8Layout.DirectoryFile, Db8Tags.DirectoryEntry, DirectoryTags, _diagnostics);
        foreach (var record in records.Where(r => r.Header.Tag == Db8Tags.DirectoryEntry))
        {
            if (Db8Records.ReadDirectoryEntry(record.Body, encoding) is { } entry)
                _directory.Add(entry);
            else
                _diagnostics.Add(new(DiagnosticSeverity.Error, Db8DiagnosticCodes.BadPayload, "the directory entry matches its CRC-32 but does not decode; it is left out", Db8Layout.DirectoryFile, record.Offset));
        }
    }

    private void CheckHeader(Db8RecordFile file, uint contentTag)
    {
        if (!file.Exists)
        {
            _diagnostics.Add(new(DiagnosticSeverity.Error, Db8DiagnosticCodes.MissingFile, "the file is missing; it reads as empty", file.Name, 0));
            return;
        }
        var body = file.TryReadHeader(0, out var header) && header.IsIntact && header.Tag == Db8Tags.FileHeader ? file.ReadBody(0, header.Length) : null;
        if (body is null || Crc32.Compute(body) != header.BodyCrc || !Db8Records.IsFileHeader(body, contentTag))
            _diagnostics.Add(BadFileHeader(file.Name, contentTag));
    }

    private void CheckCompletion(Db8Storage storage)
    {
        var ignored = new List<Diagnostic>();
        var checks = ReadSmallFile(storage, Db8Layout.CheckFile, Db8Tags.Check, CheckTags, ignored)
            .Where(r => r.Header.Tag == Db8Tags.Check)
            .Select(r => Db8Records.ReadCheck(r.Body))
            .ToList();
        if (checks.Count == 0 || checks[0] is not { } check)
        {
            _diagnostics.Add(new(DiagnosticSeverity.Warning, Db8DiagnosticCodes.Incomplete,
                $"no readable completion record: {Db8Layout.CheckFile} is missing or damaged, so the writer may not have finished", Db8Layout.CheckFile, 0));
            return;
        }
        foreach (var (name, size) in check.Sizes)
        {
            var actual = name == _store.Name ? _store.Length : name == _index.Name ? _index.Length : LengthOf(storage, name);
            if (actual < size)
                _diagnostics.Add(new(DiagnosticSeverity.Error, Db8DiagnosticCodes.Truncated, $"the file is {actual} bytes; {size} were written", name, actual));
            else if (actual > size)
                _diagnostics.Add(new(DiagnosticSeverity.Warning, Db8DiagnosticCodes.SizeMismatch, $"the file is {actual} bytes; {size} were written", name, size));
        }
    }

    private static long LengthOf(Db8Storage storage, string name)
    {
        using var file = Db8RecordFile.Open(storage, name);
        return file.Length;
    }
}
