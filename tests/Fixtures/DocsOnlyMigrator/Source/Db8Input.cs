// Why: a DB8 post office names its own time zone (POHD) and post office, and lists its mailboxes
// with their folders (db8.md); its records are read through the CcMail DB8 reader.
using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Source;

/// <summary>A DB8 post office directory as a migration source.</summary>
public sealed class Db8Input : MigrationInput
{
    private readonly Db8Reader _reader;

    /// <summary>Opens the post office in <paramref name="directory"/> (throws CcMailFormatException when it is none).</summary>
    public Db8Input(string directory)
    {
        _reader = new Db8Reader(directory);
        var office = _reader.PostOffice;
        PostOffice = office.Name;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(office.TimeZoneId);
        Mailboxes = _reader.Mailboxes
            .Select(m => new InputMailbox(m.Name, m.Folders, () => _reader.ReadMessages(m), m.MessageCount))
            .ToList();
    }

    /// <inheritdoc/>
    public override string Kind => "db8";

    /// <inheritdoc/>
    public override string? PostOffice { get; }

    /// <inheritdoc/>
    public override TimeZoneInfo Zone { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<InputMailbox> Mailboxes { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<Diagnostic> Diagnostics => _reader.Diagnostics;

    /// <inheritdoc/>
    public override string SourceFile(MessageRecord record) => record.Location.File;

    /// <inheritdoc/>
    public override ISet<CcItem> UnreadableItems(MessageRecord record) => new HashSet<CcItem>(ReferenceEqualityComparer.Instance);

    /// <inheritdoc/>
    public override void Dispose() => _reader.Dispose();
}
