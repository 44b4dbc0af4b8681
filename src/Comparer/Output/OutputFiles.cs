namespace MailMig.Fidelity.Comparer.Output;

/// <summary>File access shared by the output formats: reading without throwing, and listing an output tree.</summary>
public static class OutputFiles
{
    /// <summary>Reads the whole file, or returns null and says why in <paramref name="problem"/>.</summary>
    public static byte[]? TryReadAll(string root, string relativePath, out string? problem)
    {
        try
        {
            problem = null;
            return File.ReadAllBytes(Path.Combine(root, relativePath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = "unreadable file: " + e.Message;
            return null;
        }
    }

    /// <summary>Lists every file below <paramref name="root"/> as a <c>/</c>-separated relative path, in ordinal order.</summary>
    public static IReadOnlyList<string> List(string root)
    {
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
