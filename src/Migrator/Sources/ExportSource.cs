using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.Migrator.Sources;

/// <summary>One cc:Mail export file: one mailbox, named by the file header's <c>Mailbox:</c> or else the file name.</summary>
/// <remarks>An export carries no time zone: <c>--time-zone</c> names it, else UTC with a warning diagnostic.</remarks>
public sealed class ExportSource : IMigrationSource
{
    /// <summary>The diagnostic code of the warning given when no time zone was named.</summary>
    public const string TimeZoneAssumedCode = "migrate.time-zone-assumed";

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
        Mailboxes = [new SourceMailbox(name, [], null, path)];
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
    /// <inheritdoc/>
    public IReadOnlyList<LostMailbox> LostMailboxes { get; } = [];

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
    public string RelativeFile(string file) => System.IO.Path.GetFileName(file);

    /// <inheritdoc/>
    public void Dispose() => _reader.Dispose();
}
