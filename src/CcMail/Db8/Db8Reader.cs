using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.CcMail.Db8;

/*
 * Opening reads the small files whole (version, post office header, mailbox records, directory,
 * completion record) and keeps the store and the index open; messages are read lazily, one
 * mailbox at a time, so memory does not grow with the store. The only exception is
 * CcMailFormatException: for a directory that is not a post office, an intact CCVER.TB naming
 * another database, a store with no trace of this layout at all, or an I/O error. Every other
 * damage is a diagnostic (Diagnostics for the store, MessageRecord.Diagnostics for a message).
 * How many mailboxes and messages there are comes from every witness: the mailbox list, the index,
 * a walk of the message records and the completion record (Db8Witnesses, Reconcile below), never
 * from the mailbox list alone. Not thread-safe: the store and index streams are shared by every
 * ReadMessages enumeration; OpenAnother gives a second reader over the same findings.
 */

/// <summary>Reads a DB8 post office directory, streaming messages mailbox by mailbox; corrupt records are skipped with diagnostics.</summary>
public sealed class Db8Reader : IDisposable
{
    private static readonly uint[] VersionTags = [Db8Tags.FileHeader, Db8Tags.Version];
    private static readonly uint[] MailboxTags = [Db8Tags.FileHeader, Db8Tags.PostOffice, Db8Tags.Mailbox];
    private static readonly uint[] DirectoryTags = [Db8Tags.FileHeader, Db8Tags.DirectoryEntry];
    private static readonly uint[] CheckTags = [Db8Tags.FileHeader, Db8Tags.Check];

    private readonly Db8Storage _storage;
    private readonly PostOffice _header;
    private readonly List<DirectoryEntry> _directory = [];
    private readonly List<Db8MailboxInfo> _mailboxInfos = [];
    private readonly Dictionary<int, Db8MailboxEntry> _mailboxes = [];
    private readonly Dictionary<int, int> _previousIds = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<Db8LostMailbox> _lost = [];
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
        {
            throw new CcMailFormatException("not a cc:Mail post office: no CCPOMBOX.* file (KB Q170011)", storage.Description, 0);
        }

        _storage = storage;
        var version = ReadVersion(storage, out var versionDiagnostics);
        var mailboxRecords = ReadSmallFile(storage, Db8Layout.MailboxFile, Db8Tags.Mailbox, MailboxTags, _diagnostics);
        var headerRecord = mailboxRecords.FirstOrDefault(r => r.Header.Tag == Db8Tags.PostOffice);
        var header = headerRecord.Body is null ? null : Db8Records.ReadPostOffice(headerRecord.Body);
        byte[] salvage = [];
        if (header is null)
        {
            using var mailboxFile = Db8RecordFile.Open(storage, Db8Layout.MailboxFile);
            salvage = Db8PostOfficeSalvage.Body(mailboxFile);
        }
        var encoding = CodePages.Get(header?.CodePage ?? Db8PostOfficeSalvage.CodePage(salvage).CodePage);
        ReadMailboxes(mailboxRecords, encoding);
        ReadDirectoryFile(storage, encoding);
        _header = header ?? SalvageHeader(salvage, headerRecord.Offset);
        _store = Db8RecordFile.Open(storage, Db8Layout.StoreFile);
        try
        {
            _index = Db8RecordFile.Open(storage, Db8Layout.IndexFile);
            CheckVersion(version, versionDiagnostics, mailboxRecords.Count > 0 || HasFileHeader(_store, Db8Tags.Message) || HasFileHeader(_index, Db8Tags.IndexEntry));
            CheckHeader(_store, Db8Tags.Message);
            CheckHeader(_index, Db8Tags.IndexEntry);
            var check = CheckCompletion(storage);
            var addressOptions = new AddressParserOptions { DefaultPostOffice = _header.Name };
            _locator = new Db8MessageLocator(_store, _index, encoding, addressOptions);
            Reconcile(check, new Db8MessageLocator(_store, _index, encoding, addressOptions));
        }
        catch
        {
            _store.Dispose();
            _index?.Dispose();
            throw;
        }
    }

    private Db8Reader(Db8Reader other)
    {
        _storage = other._storage;
        _header = other._header;
        _directory = other._directory;
        _mailboxInfos = other._mailboxInfos;
        _mailboxes = other._mailboxes;
        _previousIds = other._previousIds;
        _diagnostics = other._diagnostics;
        _lost = other._lost;
        _store = Db8RecordFile.Open(_storage, Db8Layout.StoreFile);
        try
        {
            _index = Db8RecordFile.Open(_storage, Db8Layout.IndexFile);
        }
        catch
        {
            _store.Dispose();
            throw;
        }
        var encoding = CodePages.Get(_header.CodePage);
        _locator = new Db8MessageLocator(_store, _index, encoding, new AddressParserOptions { DefaultPostOffice = _header.Name });
    }

    /// <summary>A second reader over the same post office that shares what this one found on opening (mailboxes, diagnostics) but reads with its own streams.</summary>
    public Db8Reader OpenAnother() => new(this);

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

    /// <summary>The mailboxes in id order: those the mailbox list holds and those recovered from the index and the records (<see cref="Db8MailboxInfo.RecoveredFrom"/>).</summary>
    public IReadOnlyList<Db8MailboxInfo> Mailboxes => _mailboxInfos;

    /// <summary>Mailboxes a witness names whose messages cannot be found at all.</summary>
    public IReadOnlyList<Db8LostMailbox> LostMailboxes => _lost;

    /// <summary>Problems found in the store outside any one message.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>The messages of <paramref name="mailbox"/> in store order; an unrecoverable record yields a record with no message.</summary>
    public IEnumerable<MessageRecord> ReadMessages(Db8MailboxInfo mailbox)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        if (!_mailboxes.TryGetValue(mailbox.Id, out var entry))
        {
            throw new ArgumentException($"Mailbox {mailbox.Id} is not one this reader lists.", nameof(mailbox));
        }

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
            {
                if (record.Message is { } message)
                {
                    mailbox.Messages.Add(message);
                }
            }

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
        {
            diagnostics.Add(BadFileHeader(name, contentTag));
        }

        return records;
    }

    private static Diagnostic BadFileHeader(string file, uint contentTag) =>
        new(DiagnosticSeverity.Warning, Db8DiagnosticCodes.BadFileHeader, $"the file does not start with a file header for {Db8Tags.Name(contentTag)} records", file, 0);

    private static (ushort Generation, ushort Major)? ReadVersion(Db8Storage storage, out List<Diagnostic> diagnostics)
    {
        diagnostics = [];
        return ReadSmallFile(storage, Db8Layout.VersionFile, Db8Tags.Version, VersionTags, diagnostics)
            .Where(r => r.Header.Tag == Db8Tags.Version)
            .Select(r => Db8Records.ReadVersion(r.Body))
            .FirstOrDefault(v => v is not null);
    }

    // An intact version record naming another database is refused; a damaged or missing one is a warning when the other files are in this layout.
    private void CheckVersion((ushort Generation, ushort Major)? version, List<Diagnostic> diagnostics, bool otherFilesAreDb8)
    {
        if (version is { } v)
        {
            if (v.Generation != Db8Layout.DatabaseGeneration || v.Major != Db8Layout.FormatMajor)
            {
                throw new CcMailFormatException(
                    $"unsupported database: generation {v.Generation}, layout version {v.Major} (this reader reads generation {Db8Layout.DatabaseGeneration}, version {Db8Layout.FormatMajor})",
                    Db8Layout.VersionFile, 0);
            }

            _diagnostics.AddRange(diagnostics.Select(AsWarning));
            return;
        }
        if (!otherFilesAreDb8)
        {
            throw new CcMailFormatException($"no readable version record: {Db8Layout.VersionFile} is missing or damaged, and no other file is in the DB8 layout", Db8Layout.VersionFile, 0);
        }

        var found = diagnostics.Count == 0 ? "the file is missing or empty" : $"{string.Join("; ", diagnostics.Select(d => $"{d.Code} at {d.Offset}"))}";
        _diagnostics.Add(new(DiagnosticSeverity.Warning, Db8DiagnosticCodes.VersionDamaged,
            $"no readable version record ({found}); the other files are in the DB8 layout, so the store is read as generation {Db8Layout.DatabaseGeneration}", Db8Layout.VersionFile, 0));
    }

    private static Diagnostic AsWarning(Diagnostic d) => d with { Severity = DiagnosticSeverity.Warning };

    private static bool HasFileHeader(Db8RecordFile file, uint contentTag)
    {
        if (!file.Exists || !file.TryReadHeader(0, out var header) || !header.IsIntact || header.Tag != Db8Tags.FileHeader)
        {
            return false;
        }

        var body = file.ReadBody(0, header.Length);
        return body is not null && Crc32.Compute(body) == header.BodyCrc && Db8Records.IsFileHeader(body, contentTag);
    }

    private PostOffice SalvageHeader(byte[] body, long offset)
    {
        var (header, detail) = Db8PostOfficeSalvage.Rebuild(body, _directory);
        _diagnostics.Add(new(DiagnosticSeverity.Error, Db8DiagnosticCodes.PostOfficeHeaderDamaged,
            $"no readable post office header (POHD): {detail}", Db8Layout.MailboxFile, offset > 0 ? offset : Db8Layout.FileHeaderSize));
        return header;
    }

    private void ReadMailboxes(List<Db8Record> records, System.Text.Encoding encoding)
    {
        foreach (var record in records.Where(r => r.Header.Tag == Db8Tags.Mailbox))
        {
            if (Db8Records.ReadMailbox(record.Body, encoding, record.Header.Key1) is not { } mailbox)
            {
                _diagnostics.Add(new(DiagnosticSeverity.Error, Db8DiagnosticCodes.BadPayload, "the mailbox record matches its CRC-32 but does not decode; the mailbox is left out", Db8Layout.MailboxFile, record.Offset));
            }
            else if (!_mailboxes.TryAdd(mailbox.Info.Id, mailbox))
            {
                _diagnostics.Add(new(DiagnosticSeverity.Warning, Db8DiagnosticCodes.DuplicateMailbox, $"a second record for mailbox {mailbox.Info.Id} is ignored", Db8Layout.MailboxFile, record.Offset));
            }
        }
    }

    private void ReadDirectoryFile(Db8Storage storage, System.Text.Encoding encoding)
    {
        var diagnostics = new List<Diagnostic>();
        var records = ReadSmallFile(storage, Db8Layout.DirectoryFile, Db8Tags.DirectoryEntry, DirectoryTags, diagnostics);
        _diagnostics.AddRange(diagnostics.Select(AsWarning));
        foreach (var record in records.Where(r => r.Header.Tag == Db8Tags.DirectoryEntry))
        {
            if (Db8Records.ReadDirectoryEntry(record.Body, encoding) is { } entry)
            {
                _directory.Add(entry);
            }
            else
            {
                _diagnostics.Add(new(DiagnosticSeverity.Warning, Db8DiagnosticCodes.BadPayload, "the directory entry matches its CRC-32 but does not decode; it is left out", Db8Layout.DirectoryFile, record.Offset));
            }
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
        {
            _diagnostics.Add(BadFileHeader(file.Name, contentTag));
        }
    }

    private Db8CheckRecord? CheckCompletion(Db8Storage storage)
    {
        var damage = new List<Diagnostic>();
        var checks = ReadSmallFile(storage, Db8Layout.CheckFile, Db8Tags.Check, CheckTags, damage)
            .Where(r => r.Header.Tag == Db8Tags.Check)
            .Select(r => Db8Records.ReadCheck(r.Body))
            .ToList();
        if (checks.Count == 0 || checks[0] is not { } check)
        {
            var found = damage.Count == 0 ? "" : $" ({string.Join("; ", damage.Select(d => $"{d.Code} at {d.Offset}"))})";
            _diagnostics.Add(new(DiagnosticSeverity.Warning, Db8DiagnosticCodes.Incomplete,
                $"no readable completion record{found}: {Db8Layout.CheckFile} is missing or damaged, so the writer may not have finished; the counts come from the other witnesses", Db8Layout.CheckFile, 0));
            return null;
        }
        _diagnostics.AddRange(damage.Select(AsWarning));
        foreach (var (name, size) in check.Sizes)
        {
            var actual = name == _store.Name ? _store.Length : name == _index.Name ? _index.Length : LengthOf(storage, name);
            if (actual < size)
            {
                _diagnostics.Add(new(DiagnosticSeverity.Error, Db8DiagnosticCodes.Truncated, $"the file is {actual} bytes; {size} were written", name, actual));
            }
            else if (actual > size)
            {
                _diagnostics.Add(new(DiagnosticSeverity.Warning, Db8DiagnosticCodes.SizeMismatch, $"the file is {actual} bytes; {size} were written", name, size));
            }
        }
        return check;
    }

    private void Reconcile(Db8CheckRecord? check, Db8MessageLocator sampler)
    {
        var census = new Db8MailboxCensus(_directory, _header.Name, entry => sampler.Read(entry, -1));
        census.Count(_mailboxes, Db8Witnesses.Collect(_store, _index), check);
        _mailboxes.Clear();
        foreach (var entry in census.Mailboxes)
        {
            _mailboxes[entry.Info.Id] = entry;
            _previousIds[entry.Info.Id] = _mailboxInfos.Count == 0 ? 0 : _mailboxInfos[^1].Id;
            _mailboxInfos.Add(entry.Info);
        }
        _lost.AddRange(census.Lost);
        _diagnostics.AddRange(census.Diagnostics);
    }

    private static long LengthOf(Db8Storage storage, string name)
    {
        using var file = Db8RecordFile.Open(storage, name);
        return file.Length;
    }
}
