using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Export;

/// <summary>Reads a cc:Mail export file one message at a time; lenient, never loads the whole file.</summary>
public sealed class ExportReader : IDisposable
{
    private readonly Stream _stream;

    /// <summary>Reads from <paramref name="stream"/>; <paramref name="fileName"/> names it in diagnostics.</summary>
    public ExportReader(Stream stream, string? fileName = null, ExportReaderOptions? options = null)
    {
        _stream = stream;
        FileName = fileName;
        Options = options ?? ExportReaderOptions.Default;
    }

    /// <summary>Opens the export file at <paramref name="path"/>.</summary>
    public static ExportReader Open(string path, ExportReaderOptions? options = null) =>
        new(File.OpenRead(path), path, options);

    /// <summary>The file name diagnostics carry.</summary>
    public string? FileName { get; }

    /// <summary>The options in force.</summary>
    public ExportReaderOptions Options { get; }

    /// <summary>The file header (read on first access).</summary>
    public ExportFileHeader Header => throw new NotImplementedException();

    /// <summary>Problems found outside any message (file header, damage between blocks).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => throw new NotImplementedException();

    /// <summary>The message blocks in file order, each with its diagnostics; an unreadable block yields a record with no message.</summary>
    public IEnumerable<MessageRecord> ReadRecords() => throw new NotImplementedException();

    /// <inheritdoc/>
    public void Dispose() => _stream.Dispose();
}
