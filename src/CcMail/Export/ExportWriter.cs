using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Export;

/// <summary>Writes cc:Mail export text, one message block at a time, in bytes the reader reads back to an equal model.</summary>
public sealed class ExportWriter : IDisposable
{
    private readonly Stream _stream;

    /// <summary>Writes to <paramref name="stream"/> (left open on dispose only when <paramref name="leaveOpen"/>).</summary>
    public ExportWriter(Stream stream, ExportWriterOptions? options = null, bool leaveOpen = false)
    {
        _stream = stream;
        Options = options ?? ExportWriterOptions.Default;
        _ = leaveOpen;
    }

    /// <summary>The options in force.</summary>
    public ExportWriterOptions Options { get; }

    /// <summary>The number of bytes written so far.</summary>
    public long Position => throw new NotImplementedException();

    /// <summary>Writes the file header lines.</summary>
    public void WriteHeader(ExportFileHeader header) => throw new NotImplementedException();

    /// <summary>Writes one message block in <paramref name="style"/> (faithful by default) and says where it landed.</summary>
    public WrittenBlock WriteMessage(CcMessage message, ExportBlockStyle? style = null) => throw new NotImplementedException();

    /// <summary>Writes bytes as they are, e.g. damage between blocks.</summary>
    public void WriteRaw(ReadOnlySpan<byte> bytes) => throw new NotImplementedException();

    /// <inheritdoc/>
    public void Dispose() => _stream.Dispose();
}
