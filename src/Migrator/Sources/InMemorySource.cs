using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.Migrator.Sources;

/// <summary>A source over a post office in memory, or over prepared message records (for tests and generated data).</summary>
public sealed class InMemorySource : IMigrationSource
{
    private readonly List<IReadOnlyList<MessageRecord>> _records = [];

    /// <summary>A source over <paramref name="postOffice"/>; each message becomes an intact record located at <c>memory:&lt;mailbox&gt;@&lt;index&gt;</c>.</summary>
    public InMemorySource(PostOffice postOffice)
        : this(postOffice, postOffice.Mailboxes.Select(m => (m, (IReadOnlyList<MessageRecord>)m.Messages
            .Select((message, i) => new MessageRecord(i + 1, message.Source ?? new SourceLocation($"memory:{m.Name}", i + 1), 0, message, []))
            .ToList())))
    {
    }

    /// <summary>A source over prepared records per mailbox (damage included: records with no message, diagnostics).</summary>
    public InMemorySource(PostOffice postOffice, IEnumerable<(Mailbox Mailbox, IReadOnlyList<MessageRecord> Records)> mailboxes, IReadOnlyList<Diagnostic>? diagnostics = null)
    {
        PostOffice = new PostOffice { Name = postOffice.Name, CodePage = postOffice.CodePage, TimeZoneId = postOffice.TimeZoneId, Directory = postOffice.Directory };
        var list = new List<SourceMailbox>();
        foreach (var (mailbox, records) in mailboxes)
        {
            list.Add(new SourceMailbox(mailbox.Name, mailbox.Folders, records.Count, _records.Count));
            _records.Add(records);
        }

        Mailboxes = list;
        Diagnostics = diagnostics ?? [];
    }

    /// <inheritdoc/>
    public string Kind => "memory";

    /// <inheritdoc/>
    public string Description => $"memory:{PostOffice.Name}";

    /// <inheritdoc/>
    public PostOffice PostOffice { get; }

    /// <inheritdoc/>
    /// <inheritdoc/>
    public IReadOnlyList<LostMailbox> LostMailboxes { get; } = [];

    public IReadOnlyList<SourceMailbox> Mailboxes { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Test hook: called before each record is handed out (to throw, for a reader failing mid-mailbox).</summary>
    internal Action<SourceMailbox, MessageRecord>? BeforeRecord { get; set; }

    /// <inheritdoc/>
    public IEnumerable<MessageRecord> ReadMessages(SourceMailbox mailbox)
    {
        foreach (var record in _records[(int)mailbox.Key!])
        {
            BeforeRecord?.Invoke(mailbox, record);
            yield return record;
        }
    }

    /// <inheritdoc/>
    public string RelativeFile(string file) => file;

    /// <inheritdoc/>
    public void Dispose()
    {
    }
}
