using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Comparer.Output;

/// <summary>A migrated output folder (docs/formats/output.md): lists the message files its formats claim and reads them.</summary>
/// <remarks>The tree is walked once (<see cref="OutputWalker"/>), never following a symbolic link; entries that are not regular files are <see cref="NotRegularFiles"/>, never opened.</remarks>
public sealed class OutputFolder
{
    private IReadOnlyList<OutputEntry>? _entries;

    /// <summary>Creates a reader of the output folder <paramref name="root"/> with the .eml, mbox and Exchange 5.5 formats.</summary>
    public OutputFolder(string root) => Root = Path.GetFullPath(root);

    /// <summary>The output folder's full path.</summary>
    public string Root { get; }

    /// <summary>The formats tried for every file, in order; the first that claims a file reads it.</summary>
    public List<IOutputFormat> Formats { get; } = [new EmlOutputFormat(), new MboxOutputFormat(), new Exchange55OutputFormat()];

    /// <summary>Every entry of the tree, walked once on first use.</summary>
    public IReadOnlyList<OutputEntry> Entries => _entries ??= OutputWalker.Walk(Root);

    /// <summary>Lists the regular message files some format claims, in ordinal order.</summary>
    public IReadOnlyList<string> ListMessageFiles() =>
        Entries.Where(e => e.IsRegularFile && FormatOf(e.RelativePath) is not null).Select(e => e.RelativePath).ToList();

    /// <summary>The entries that are not regular files (symbolic links of any kind, FIFOs, devices, sockets, unlistable directories): each is a difference.</summary>
    public IReadOnlyList<OutputEntry> NotRegularFiles() => Entries.Where(e => !e.IsRegularFile).ToList();

    /// <summary>Reads the messages of one message file.</summary>
    /// <remarks>Messages of a format that cannot carry everything are stamped with its name and <see cref="IOutputFormat.NotCarried"/> set.</remarks>
    public IEnumerable<MigratedMessage> Read(string relativePath)
    {
        if (FormatOf(relativePath) is not { } format)
        {
            return [];
        }

        var messages = format.Read(Root, relativePath);
        return format.NotCarried.Count == 0 ? messages : messages.Select(m => m with { Format = format.Name, NotCarried = format.NotCarried });
    }

    /// <summary>Reads every message in the folder, file by file in ordinal order.</summary>
    public IEnumerable<MigratedMessage> ReadAll() => ListMessageFiles().SelectMany(Read);

    /// <summary>Whether one of the formats reads the file at <paramref name="relativePath"/>.</summary>
    public bool Claims(string relativePath) => FormatOf(relativePath) is not null;

    private IOutputFormat? FormatOf(string relativePath) => Formats.FirstOrDefault(f => f.Claims(relativePath));
}
