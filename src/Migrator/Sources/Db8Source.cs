using System.Collections.Concurrent;
using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.Migrator.Sources;

/// <summary>A DB8 post office directory: every mailbox its witnesses (mailbox list, index, records) name, read through <see cref="Db8Reader"/>.</summary>
/// <remarks>A reader is not thread-safe, so each <see cref="ReadMessages"/> enumeration rents its own from a pool
/// (opening one more over the first one's findings when all are busy): mailboxes can be read in parallel.
/// Mailboxes the reader recovered carry <see cref="SourceMailbox.RecoveredFrom"/>; those it could not find are <see cref="LostMailboxes"/>.</remarks>
public sealed class Db8Source : IMigrationSource, IPersonalDataSource
{
    private readonly Db8Reader _reader;
    private readonly ConcurrentQueue<Diagnostic> _diagnostics = new();
    private readonly ConcurrentBag<Db8Reader> _idle = [];

    /// <summary>Opens the post office in <paramref name="directory"/>; <paramref name="timeZoneId"/> overrides the zone it records.</summary>
    public Db8Source(string directory, string? timeZoneId = null)
    {
        Directory = directory;
        _reader = new Db8Reader(directory);
        var po = _reader.PostOffice;
        PostOffice = new PostOffice { Name = po.Name, CodePage = po.CodePage, TimeZoneId = timeZoneId ?? po.TimeZoneId, Directory = [.. _reader.Directory] };
        Mailboxes = _reader.Mailboxes.Select(m => new SourceMailbox(m.Name, m.Folders, m.MessageCount, m, m.RecoveredFrom)).ToList();
        LostMailboxes = _reader.LostMailboxes
            .Select(m => new LostMailbox(m.Name, m.ExpectedMessages is { } n ? (int)Math.Min(n, int.MaxValue) : null, m.Reason))
            .ToList();
        foreach (var diagnostic in _reader.Diagnostics)
        {
            _diagnostics.Enqueue(diagnostic);
        }
    }

    /// <summary>The post office directory.</summary>
    public string Directory { get; }

    /// <inheritdoc/>
    public string Kind => "db8";

    /// <inheritdoc/>
    public string Description => Directory;

    /// <inheritdoc/>
    public PostOffice PostOffice { get; }

    /// <inheritdoc/>
    public IReadOnlyList<SourceMailbox> Mailboxes { get; }

    /// <inheritdoc/>
    public IReadOnlyList<LostMailbox> LostMailboxes { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Diagnostic> Diagnostics => [.. _diagnostics];

    /// <inheritdoc/>
    public IEnumerable<MessageRecord> ReadMessages(SourceMailbox mailbox)
    {
        if (!_idle.TryTake(out var reader))
        {
            reader = _reader.OpenAnother();
        }

        try
        {
            var info = (Db8MailboxInfo)mailbox.Key!;
            foreach (var record in reader.ReadMessages(reader.Mailboxes.FirstOrDefault(m => m.Id == info.Id) ?? info))
            {
                yield return record;
            }
        }
        finally
        {
            _idle.Add(reader);
        }
    }

    /// <inheritdoc/>
    public (PersonalData Data, IReadOnlyList<Diagnostic> Diagnostics) ReadPersonalData()
    {
        var result = Db8PersonalDataReader.Read(Directory, _reader.PostOffice.Name, _reader.PostOffice.CodePage);
        return (result.Data, result.Diagnostics);
    }

    /// <inheritdoc/>
    public string RelativeFile(string file) => Path.IsPathRooted(file) ? Path.GetRelativePath(Directory, file) : file;

    /// <inheritdoc/>
    public void Dispose()
    {
        _reader.Dispose();
        while (_idle.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }
}
