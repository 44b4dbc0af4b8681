// Why: an export file carries one mailbox; its name, post office and the items whose bytes could
// not be read come from the file itself (export.md, output.md "Left out"); its zone is given.
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Source;

/// <summary>One cc:Mail export file as a migration source.</summary>
public sealed class ExportInput : MigrationInput
{
    private static readonly Dictionary<string, Func<CcItem, bool>> BinaryKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["File item"] = i => i is FileItem,
        ["Fax item"] = i => i is BinaryItem { Kind: BinaryItemKind.Fax },
        ["Graphics item"] = i => i is BinaryItem { Kind: BinaryItemKind.Graphics },
        ["Sound item"] = i => i is BinaryItem { Kind: BinaryItemKind.Sound },
    };

    private readonly string _path;
    private readonly ExportReader _reader;

    /// <summary>Opens the export file at <paramref name="path"/>, its local times in <paramref name="zone"/>.</summary>
    public ExportInput(string path, TimeZoneInfo zone)
    {
        _path = path;
        _reader = ExportReader.Open(path);
        Zone = zone;
        var header = _reader.Header;
        PostOffice = string.IsNullOrWhiteSpace(header.PostOffice) ? null : header.PostOffice.Trim();
        var name = string.IsNullOrWhiteSpace(header.Mailbox) ? Path.GetFileNameWithoutExtension(path) : header.Mailbox;
        Mailboxes = [new InputMailbox(name, [], _reader.ReadRecords, null)];
    }

    /// <inheritdoc/>
    public override string Kind => "export";

    /// <inheritdoc/>
    public override string? PostOffice { get; }

    /// <inheritdoc/>
    public override TimeZoneInfo Zone { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<InputMailbox> Mailboxes { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<Diagnostic> Diagnostics => _reader.Diagnostics;

    /// <inheritdoc/>
    public override string SourceFile(MessageRecord record) => Path.GetFileName(_path);

    /// <inheritdoc/>
    public override ISet<CcItem> UnreadableItems(MessageRecord record)
    {
        var dropped = new HashSet<CcItem>(ReferenceEqualityComparer.Instance);
        var damaged = record.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Offset >= 0
            && d.Code is ExportDiagnosticCodes.ItemSizeMismatch or ExportDiagnosticCodes.Truncated);
        foreach (var diagnostic in damaged)
        {
            var line = ItemLine.Before(_path, diagnostic.Offset, _reader.Header.CodePage);
            if (line is not null && BinaryKinds.TryGetValue(line.Keyword, out var isKind) && record.Message is not null)
            {
                var item = Walk(record.Message).FirstOrDefault(i => isKind(i) && !dropped.Contains(i) && NameMatches(i, line.Rest));
                if (item is not null)
                {
                    dropped.Add(item);
                }
            }
        }

        return dropped;
    }

    /// <inheritdoc/>
    public override void Dispose() => _reader.Dispose();

    private static IEnumerable<CcItem> Walk(CcMessage message) =>
        message.Items.SelectMany(i => i is MessageItem m ? Walk(m.Message).Prepend(i) : [i]);

    private static bool NameMatches(CcItem item, string rest) => item switch
    {
        FileItem file => rest.StartsWith(file.Name, StringComparison.Ordinal) && (file.DateText is null || rest.TrimEnd().EndsWith(file.DateText, StringComparison.Ordinal)),
        BinaryItem binary => rest.TrimEnd() == (binary.Name ?? "").TrimEnd(),
        _ => false,
    };
}
