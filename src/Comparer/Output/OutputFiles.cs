namespace MailMig.Fidelity.Comparer.Output;

/// <summary>File access shared by the output formats: reading regular files only, without throwing, and listing an output tree.</summary>
public static class OutputFiles
{
    /// <summary>Reads the whole file, or returns null and says why in <paramref name="problem"/>; a path leaving the root, or an entry that is not a regular file, is never opened.</summary>
    public static byte[]? TryReadAll(string root, string relativePath, out string? problem) =>
        TryRead(root, relativePath, LinuxRegularFile.TryReadAllBytes, File.ReadAllBytes, out problem);

    /// <summary>Like <see cref="TryReadAll"/>, into the calling thread's reused buffer (<see cref="ThreadFileBuffer"/>): valid until the thread reads its next file.</summary>
    internal static ArraySegment<byte>? TryReadShared(string root, string relativePath, out string? problem) =>
        TryRead(root, relativePath, ThreadFileBuffer.TryReadRegular, path => ThreadFileBuffer.ReadAll(path), out problem);

    // A regular file the fast path opens is read at once; anything else is looked at (never opened unless regular) and read portably.
    private static T? TryRead<T>(string root, string relativePath, Func<string, T?> fast, Func<string, T> read, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        if (Path.IsPathRooted(relativePath) || relativePath.Split('/', '\\').Contains(".."))
        {
            problem = "a path outside the output folder: " + relativePath;
            return default;
        }

        var path = Path.Combine(root, relativePath);
        if (fast(path) is { } content)
        {
            problem = null;
            return content;
        }

        var kind = FileKinds.Of(path);
        if (kind != FileKind.RegularFile)
        {
            problem = kind == FileKind.Unknown ? "unreadable file: " + relativePath : new OutputEntry(relativePath, kind).Describe();
            return default;
        }

        try
        {
            problem = null;
            return read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = "unreadable file: " + e.Message;
            return default;
        }
    }

    /// <summary>Lists every regular file below <paramref name="root"/> as a <c>/</c>-separated relative path, in ordinal order, never following a symbolic link.</summary>
    public static IReadOnlyList<string> List(string root) => OutputWalker.RegularFiles(root);
}
