using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Comparer.Output;

/// <summary>A migrated output folder (docs/formats/output.md): lists the message files its formats claim and reads them.</summary>
public sealed class OutputFolder
{
    /// <summary>Creates a reader of the output folder <paramref name="root"/> with the .eml, mbox and Exchange 5.5 formats.</summary>
    public OutputFolder(string root) => Root = Path.GetFullPath(root);

    /// <summary>The output folder's full path.</summary>
    public string Root { get; }

    /// <summary>The formats tried for every file, in order; the first that claims a file reads it.</summary>
    public List<IOutputFormat> Formats { get; } = [new EmlOutputFormat(), new MboxOutputFormat(), new Exchange55OutputFormat()];

    /// <summary>Lists the message files some format claims, in ordinal order.</summary>
    public IReadOnlyList<string> ListMessageFiles() => OutputFiles.List(Root).Where(f => FormatOf(f) is not null).ToList();

    /// <summary>Reads the messages of one message file.</summary>
    /// <remarks>Messages of a format that cannot carry everything are stamped with its name and <see cref="IOutputFormat.NotCarried"/> set.</remarks>
    public IEnumerable<MigratedMessage> Read(string relativePath)
    {
        if (FormatOf(relativePath) is not { } format)
            return [];
        var messages = format.Read(Root, relativePath);
        return format.NotCarried.Count == 0 ? messages : messages.Select(m => m with { Format = format.Name, NotCarried = format.NotCarried });
    }

    /// <summary>Reads every message in the folder, file by file in ordinal order.</summary>
    public IEnumerable<MigratedMessage> ReadAll() => ListMessageFiles().SelectMany(Read);

    private IOutputFormat? FormatOf(string relativePath) => Formats.FirstOrDefault(f => f.Claims(relativePath));
}
