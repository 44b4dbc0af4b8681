using System.Text;
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.CcMail.Export;

/*
 * Streaming: the header is read on first use, then each ReadRecords step reads exactly one block
 * and hands it out, so a caller migrating a 2 GB mailbox holds one message at a time. The file
 * header is kept as raw bytes until its Codepage: line is known (KB Q198861, Q255882): only then
 * is anything decoded. Between blocks, empty lines are skipped quietly; anything else is damage
 * (KB Q184391's stray "6"), reported once per run and skipped up to the next line that starts with
 * "Message:" and is followed by a header line. Decisions a damaged block forces are documented in
 * docs/formats/export.md ("Damage").
 */

/// <summary>Reads a cc:Mail export file one message at a time; lenient, never loads the whole file.</summary>
public sealed class ExportReader : IDisposable
{
    private readonly Stream _stream;
    private readonly ByteWindow _window;
    private readonly DiagnosticSink _diagnostics;
    private ExportFileHeader? _header;
    private ExportBlockParser? _parser;
    private readonly List<Diagnostic> _personalDiagnostics = [];
    private ExportLineKind _firstBlock;
    private int _index;

    /// <summary>Reads from <paramref name="stream"/>; <paramref name="fileName"/> names it in diagnostics.</summary>
    public ExportReader(Stream stream, string? fileName = null, ExportReaderOptions? options = null)
    {
        _stream = stream;
        FileName = fileName;
        Options = options ?? ExportReaderOptions.Default;
        _window = new ByteWindow(stream, fileName);
        _diagnostics = new DiagnosticSink(fileName, 10 * Math.Max(1, Options.MaxDiagnosticsPerMessage), Options.Compliance == Addresses.ParserCompliance.Strict);
    }

    /// <summary>Opens the export file at <paramref name="path"/>.</summary>
    public static ExportReader Open(string path, ExportReaderOptions? options = null) =>
        new(File.OpenRead(path), path, options);

    /// <summary>The file name diagnostics carry.</summary>
    public string? FileName { get; }

    /// <summary>The options in force.</summary>
    public ExportReaderOptions Options { get; }

    /// <summary>The file header (read on first access); its code page is the one the reader decodes with.</summary>
    public ExportFileHeader Header => _header ?? ReadHeader();

    /// <summary>Problems found outside any message (file header, damage between blocks).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics
    {
        get
        {
            _ = Header;
            return _diagnostics.Items;
        }
    }

    /// <summary>The bulletin boards, mailing lists and address books of the blocks read so far: all of them once <see cref="ReadRecords"/> has run to the end.</summary>
    public PersonalData PersonalData { get; } = new();

    /// <summary>Problems found in the personal-data blocks read so far.</summary>
    public IReadOnlyList<Diagnostic> PersonalDataDiagnostics => _personalDiagnostics;

    /// <summary>Whether the file is a post-office export: no <c>Mailbox:</c> in its header and a personal-data block first (boards, or lists and books of owners without a file), so it holds no mailbox.</summary>
    public bool IsPostOfficeExport => string.IsNullOrWhiteSpace(Header.Mailbox) && ExportKeywords.IsPersonalBlock(_firstBlock);

    /// <summary>The message blocks in file order, each with its diagnostics; an unreadable block yields a record with no message.</summary>
    /// <remarks>Enumerating again continues where the last enumeration stopped: the reader only moves forward.</remarks>
    public IEnumerable<MessageRecord> ReadRecords()
    {
        _ = Header;
        var parser = _parser!;
        while (true)
        {
            var kind = parser.Classify(out _);
            switch (kind)
            {
                case ExportLineKind.End:
                    yield break;
                case ExportLineKind.BulletinBoard or ExportLineKind.MailingList or ExportLineKind.AddressBook:
                    KeepPersonalDiagnostics(parser.ReadPersonalBlock(kind, PersonalData, DefaultOwner()));
                    break;
                case ExportLineKind.Blank:
                    parser.SkipLine();
                    break;
                case ExportLineKind.Message:
                    yield return parser.ReadBlock(++_index);
                    break;
                default:
                    var offset = _window.Position;
                    var token = Token();
                    var skipped = parser.SkipToNextBlock();
                    _diagnostics.Error(ExportDiagnosticCodes.UnexpectedToken,
                        $"Invalid token '{token}' where 'Message:' should start a block (KB Q184391); {skipped} bytes skipped to the next block.", offset);
                    break;
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _stream.Dispose();

    private string DefaultOwner() =>
        string.IsNullOrWhiteSpace(Header.Mailbox) ? Path.GetFileNameWithoutExtension(FileName ?? "") : Header.Mailbox;

    // Capped like the file's own diagnostics: damage cannot make the list grow without bound.
    private void KeepPersonalDiagnostics(IReadOnlyList<Diagnostic> diagnostics)
    {
        var cap = 10 * Math.Max(1, Options.MaxDiagnosticsPerMessage);
        foreach (var diagnostic in diagnostics)
        {
            if (_personalDiagnostics.Count < cap)
            {
                _personalDiagnostics.Add(diagnostic);
            }
            else if (_personalDiagnostics.Count == cap)
            {
                _personalDiagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, ExportDiagnosticCodes.DiagnosticsSuppressed,
                    $"More than {cap} diagnostics in personal-data blocks; later ones are suppressed.", FileName, diagnostic.Offset));
            }
        }
    }

    private string Token()
    {
        var available = Math.Min(_window.Fill(24), 24);
        var bytes = _window.Span(available);
        var end = bytes.IndexOfAny((byte)'\r', (byte)'\n');
        return Encoding.Latin1.GetString(end < 0 ? bytes : bytes[..end]).Trim();
    }

    private ExportFileHeader ReadHeader()
    {
        if (!_stream.CanRead)
        {
            throw new CcMailFormatException("the stream cannot be read", FileName, 0);
        }

        var bootstrap = new ExportBlockParser(_window, FileName, Options, CodePages.Get(850), Options.Addresses);
        var lines = bootstrap.ReadFileHeaderLines(_diagnostics);
        var header = new ExportFileHeader { CodePage = ChooseCodePage(lines) };
        var encoding = CodePages.Get(header.CodePage);
        foreach (var (offset, bytes) in lines)
        {
            if (!ExportKeywords.Split(bytes, encoding, out var keyword, out var value))
            {
                _diagnostics.Warn(ExportDiagnosticCodes.UnexpectedToken, $"A file header line with no keyword is dropped: '{MessageHeaderBuilder.Excerpt(encoding.GetString(bytes))}'.", offset);
                continue;
            }

            if (Is(keyword, ExportKeywords.Mailbox) && header.Mailbox is null)
            {
                header.Mailbox = value;
            }
            else if (Is(keyword, ExportKeywords.PostOffice) && header.PostOffice is null)
            {
                header.PostOffice = value;
            }
            else if (Is(keyword, ExportKeywords.Exported) && header.Exported is null)
            {
                header.Exported = value;
            }
            else if (!Is(keyword, ExportKeywords.CodePage))
            {
                header.Extra.Add(new CcHeader(keyword, value));
            }
        }

        var addresses = Options.Addresses.DefaultPostOffice is null && !string.IsNullOrWhiteSpace(header.PostOffice)
            ? Options.Addresses with { DefaultPostOffice = header.PostOffice.Trim() }
            : Options.Addresses;
        _parser = new ExportBlockParser(_window, FileName, Options, encoding, addresses);
        _firstBlock = _parser.Classify(out _);
        return _header = header;
    }

    private int ChooseCodePage(List<(long Offset, byte[] Bytes)> lines)
    {
        foreach (var (offset, bytes) in lines)
        {
            if (!ExportKeywords.Starts(bytes, ExportKeywords.CodePage))
            {
                continue;
            }

            var value = Encoding.ASCII.GetString(bytes.AsSpan(ExportKeywords.CodePage.Length + 1)).Trim();
            if (Options.CodePage is null && !(int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) && CodePages.IsSupported(page)))
            {
                _diagnostics.Warn(ExportDiagnosticCodes.CodePageUnsupported, $"Codepage: '{MessageHeaderBuilder.Excerpt(value)}' is not 437, 850 or 932; 850 is used.", offset);
                return 850;
            }

            return Options.CodePage is { } chosen ? Checked(chosen, offset) : int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return Options.CodePage is { } forced ? Checked(forced, 0) : 850;
    }

    private int Checked(int codePage, long offset)
    {
        if (CodePages.IsSupported(codePage))
        {
            return codePage;
        }

        _diagnostics.Warn(ExportDiagnosticCodes.CodePageUnsupported, $"The code page {codePage} the options name is not 437, 850 or 932; 850 is used.", offset);
        return 850;
    }

    private static bool Is(string keyword, string known) => keyword.Equals(known, StringComparison.OrdinalIgnoreCase);
}
