using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.Migrator.Sources;

/// <summary>One cc:Mail export file: one mailbox, named by the file header's <c>Mailbox:</c> or else the file name, with its owner's
/// mailing lists and address book; or a post-office export of bulletin boards, which holds no mailbox.</summary>
/// <remarks>An export carries no time zone: <c>--time-zone</c> names it, else UTC with a warning diagnostic.
/// Personal data (docs/formats/export.md, "Personal data") is read after the messages, as the engine asks for it after every mailbox.</remarks>
public sealed class ExportSource : IMigrationSource, IPersonalDataSource
{
    /// <summary>The diagnostic code of the warning given when no time zone was named.</summary>
    public const string TimeZoneAssumedCode = "migrate.time-zone-assumed";

    /// <summary>The diagnostic code of the error given when a post-office export holds message blocks, which belong to no mailbox.</summary>
    public const string MessagesWithoutMailboxCode = "migrate.messages-without-mailbox";

    private readonly ExportReader _reader;
    private readonly List<Diagnostic> _diagnostics = [];
    private bool _read;

    /// <summary>Opens the export file at <paramref name="path"/>; its local times are in <paramref name="timeZoneId"/> (UTC when null).</summary>
    public ExportSource(string path, string? timeZoneId = null, ExportReaderOptions? options = null)
    {
        Path = path;
        _reader = ExportReader.Open(path, options);
        var header = _reader.Header;
        if (timeZoneId is null)
        {
            _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, TimeZoneAssumedCode,
                "an export file carries no time zone and none was given (--time-zone): its local times were taken as UTC", RelativeFile(path), 0));
        }

        PostOffice = new PostOffice { Name = header.PostOffice ?? "", CodePage = header.CodePage, TimeZoneId = timeZoneId ?? "UTC" };
        var name = string.IsNullOrWhiteSpace(header.Mailbox) ? System.IO.Path.GetFileNameWithoutExtension(path) : header.Mailbox;
        Mailboxes = _reader.IsPostOfficeExport ? [] : [new SourceMailbox(name, [], null, path)];
    }

    /// <summary>The export file.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    public string Kind => "export";

    /// <inheritdoc/>
    public string Description => Path;

    /// <inheritdoc/>
    public PostOffice PostOffice { get; }

    /// <inheritdoc/>
    public IReadOnlyList<LostMailbox> LostMailboxes { get; } = [];

    /// <inheritdoc/>
    public IReadOnlyList<SourceMailbox> Mailboxes { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Diagnostic> Diagnostics => [.. _diagnostics, .. _reader.Diagnostics];

    /// <inheritdoc/>
    public IEnumerable<MessageRecord> ReadMessages(SourceMailbox mailbox)
    {
        if (_read)
        {
            throw new InvalidOperationException("an export file is read once");
        }

        _read = true;
        var unreadable = new UnreadableItems(Path, PostOffice.CodePage);
        return _reader.ReadRecords().Select(unreadable.Apply);
    }

    /// <inheritdoc/>
    public (PersonalData Data, IReadOnlyList<Diagnostic> Diagnostics) ReadPersonalData()
    {
        // The blocks after the last message are read here; message blocks left unread belong to a mailbox migrated
        // before (a resumed run) or, in a post-office export, to none: those are named, not lost silently.
        var unread = _reader.ReadRecords().Count();
        var diagnostics = new List<Diagnostic>(_reader.PersonalDataDiagnostics);
        if (unread > 0 && Mailboxes.Count == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, MessagesWithoutMailboxCode,
                $"the post-office export holds {unread} message block(s) but no Mailbox: line: they belong to no mailbox and were not migrated", RelativeFile(Path), 0));
        }

        return (_reader.PersonalData, diagnostics);
    }

    /// <inheritdoc/>
    public string RelativeFile(string file) => System.IO.Path.GetFileName(file);

    /// <inheritdoc/>
    public void Dispose() => _reader.Dispose();
}
