namespace MailMig.Fidelity.Comparer.Output;

/// <summary>One entry of an output tree as <see cref="OutputWalker"/> found it: a regular file, or something that is not one.</summary>
/// <param name="RelativePath">The path relative to the walked root, <c>/</c>-separated.</param>
/// <param name="Kind">What the entry is; anything but <see cref="FileKind.RegularFile"/> is never opened.</param>
/// <param name="Problem">Why a directory could not be listed, or null.</param>
public sealed record OutputEntry(string RelativePath, FileKind Kind, string? Problem = null)
{
    /// <summary>Whether the entry is a regular file (the only kind that is read).</summary>
    public bool IsRegularFile => Kind == FileKind.RegularFile;

    /// <summary>The one-line description of an entry that is not a regular file: <c>not a regular file (symbolic link)</c>.</summary>
    public string Describe() => Problem ?? "not a regular file (" + Kind switch
    {
        FileKind.SymbolicLink => "symbolic link",
        FileKind.Fifo => "named pipe",
        FileKind.Device => "device",
        FileKind.Socket => "socket",
        FileKind.Directory => "directory",
        _ => "unknown kind",
    } + ")";
}
