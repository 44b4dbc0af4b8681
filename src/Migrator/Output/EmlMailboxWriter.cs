using System.Globalization;
using MailMig.Fidelity.Migrator.Conversion;
using MimeKit;

namespace MailMig.Fidelity.Migrator.Output;

/// <summary>Writes <c>&lt;mailbox&gt;/&lt;folder path&gt;/&lt;nnnnnn&gt;.eml</c>, one file per message, CR LF line ends.</summary>
/// <remarks>Resuming: an existing file for the same index has the same bytes (the output is deterministic), so a file of the
/// same length is kept and any other is overwritten. A folder that did not exist before the run holds no such file,
/// so it is never looked at; one that did is listed once, not asked about file by file, and its leftover temporary files removed.</remarks>
public sealed class EmlMailboxWriter : MailboxWriter
{
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal);
    private readonly List<string> _unflushed = [];
    private readonly Dictionary<string, long> _existing = new(StringComparer.Ordinal);

    /// <summary>Creates the writer for the mailbox directory <paramref name="directory"/>.</summary>
    public EmlMailboxWriter(string directory, string mailboxName)
        : base(directory, mailboxName)
    {
    }

    /// <summary>The options messages are serialised with.</summary>
    public static FormatOptions Format { get; } = CreateFormat(NewLineFormat.Dos);

    /// <summary>The file name of the message with source index <paramref name="index"/>.</summary>
    public static string FileName(int index) => index.ToString("D6", CultureInfo.InvariantCulture) + ".eml";

    /// <summary>Format options for <paramref name="newLine"/>: RFC 2047/2231 encodings, no added final line break.</summary>
    public static FormatOptions CreateFormat(NewLineFormat newLine)
    {
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = newLine;
        options.International = false;
        options.ParameterEncodingMethod = ParameterEncodingMethod.Rfc2231;
        options.EnsureNewLine = false;
        return options;
    }

    /// <summary>Serialises <paramref name="message"/> with <paramref name="options"/>.</summary>
    public static byte[] Serialize(MimeMessage message, FormatOptions options)
    {
        var stream = RenderBuffer.Rent();
        message.WriteTo(options, stream);
        var bytes = stream.ToArray();
        RenderBuffer.Return(stream);
        return bytes;
    }

    /// <inheritdoc/>
    public override PreparedMessage Prepare(ConversionResult result, int index, IReadOnlyList<string> folderSegments) =>
        new(index, folderSegments, Serialize(result.Message, Format));

    /// <inheritdoc/>
    public override void AddFolder(IReadOnlyList<string> folderSegments) => EnsureDirectory(FolderPath(folderSegments));

    /// <inheritdoc/>
    public override void Commit(PreparedMessage message)
    {
        var folder = FolderPath(message.FolderSegments);
        EnsureDirectory(folder);
        var path = Path.Combine(folder, FileName(message.Index));
        if (!_existing.Remove(path, out var length) || length != message.Bytes.Length)
        {
            DurableFiles.WriteAtomic(path, message.Bytes);
            _unflushed.Add(path);
        }
    }

    /// <inheritdoc/>
    public override void Complete()
    {
        if (FlushToDisk)
        {
            DurableFiles.FlushToDisk(_unflushed);
        }

        _unflushed.Clear();
        _existing.Clear();
    }

    private void EnsureDirectory(string path)
    {
        if (!_directories.Add(path))
        {
            return;
        }

        if (!System.IO.Directory.Exists(path))
        {
            System.IO.Directory.CreateDirectory(path);
            return;
        }

        // A resumed folder: note the whole files, remove a killed run's leftover temporary ones.
        foreach (var file in new DirectoryInfo(path).EnumerateFiles())
        {
            if (file.Name.EndsWith(".eml", StringComparison.Ordinal))
            {
                _existing[Path.Combine(path, file.Name)] = file.Length;
            }
            else if (file.Name.EndsWith(".eml" + DurableFiles.TempSuffix, StringComparison.Ordinal))
            {
                file.Delete();
            }
        }
    }
}
