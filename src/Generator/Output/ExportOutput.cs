using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Faults;

namespace MailMig.Fidelity.Generator.Output;

/// <summary>Writes one mailbox's export file through <see cref="ExportWriter"/> and locates fault lines in the blocks it writes.</summary>
public sealed class ExportOutput : IDisposable
{
    private readonly ExportWriter _writer;
    private readonly bool _lfOnly;

    /// <summary>Creates <paramref name="relativePath"/> under <paramref name="root"/> for mailbox <paramref name="mailbox"/>, written as <paramref name="options"/> say.</summary>
    public ExportOutput(string root, string relativePath, string mailbox, string postOffice, string exported, ExportWriterOptions options)
    {
        RelativePath = relativePath;
        _lfOnly = options.LfOnly;
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        _writer = new ExportWriter(stream, options);
        _writer.WriteHeader(new ExportFileHeader { Mailbox = mailbox, PostOffice = postOffice, CodePage = options.CodePage, Exported = exported });
    }

    /// <summary>The file, relative to the output folder.</summary>
    public string RelativePath { get; }

    /// <summary>Writes <paramref name="message"/>, after a garbage line when <paramref name="garbageFirst"/>; returns the block and the garbage's offset (or -1).</summary>
    public (WrittenBlock Block, long GarbageOffset) Write(CcMessage message, ExportBlockStyle style, bool garbageFirst)
    {
        var garbage = -1L;
        if (garbageFirst)
        {
            garbage = _writer.Position;
            _writer.WriteRaw(_lfOnly ? "6\n"u8 : "6\r\n"u8);
        }

        return (_writer.WriteMessage(message, style), garbage);
    }

    /// <summary>The offset of the line <paramref name="mark"/> names in <paramref name="block"/>: the nth line with its keyword, or the block's start.</summary>
    public static long Locate(WrittenBlock block, FaultMark mark)
    {
        if (mark.Keyword.Length == 0)
        {
            return block.Offset;
        }

        var lines = block.Lines.Where(l => string.Equals(l.Key, mark.Keyword, StringComparison.OrdinalIgnoreCase)).ToArray();
        return mark.Ordinal < lines.Length ? lines[mark.Ordinal].Value : block.Offset;
    }

    /// <inheritdoc/>
    public void Dispose() => _writer.Dispose();
}
