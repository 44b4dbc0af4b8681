/*
 * What can be wrong with a path a user gives, found before any work starts and said in words: the
 * caller prefixes the option and value ("--out '/proc/x' cannot be created: ..."). Writability is
 * tried with a probe file that deletes itself, so a refused invocation leaves nothing behind.
 */
namespace MailMig.Fidelity.Cli.Validation;

/// <summary>Checks paths given on the command line and says what is wrong with them, or null when they are usable.</summary>
public static class PathRules
{
    /// <summary>A folder to write into: it exists and is writable, or it can be created.</summary>
    public static string? WritableFolder(string path)
    {
        if (Blank(path, "folder") is { } blank)
        {
            return blank;
        }

        if (File.Exists(path))
        {
            return "is a file, not a folder";
        }

        if (Directory.Exists(path))
        {
            return CanWriteIn(path) ? null : "is a folder that cannot be written to";
        }

        var ancestor = NearestExisting(Path.GetFullPath(path));
        if (ancestor is null)
        {
            return "cannot be created: no part of it exists";
        }

        if (File.Exists(ancestor))
        {
            return $"cannot be created: '{ancestor}' is a file, not a folder";
        }

        return CanWriteIn(ancestor) ? null : $"cannot be created: '{ancestor}' cannot be written to";
    }

    /// <summary>A folder to read: it exists and is a folder.</summary>
    public static string? ExistingFolder(string path) =>
        Blank(path, "folder") ?? (File.Exists(path) ? "is a file, not a folder" : Directory.Exists(path) ? null : "does not exist");

    /// <summary>A folder that may not exist yet but must not be a file.</summary>
    public static string? FolderOrMissing(string path) => Blank(path, "folder") ?? (File.Exists(path) ? "is a file, not a folder" : null);

    /// <summary>A file to read: it exists, is a file and can be opened.</summary>
    public static string? ReadableFile(string path)
    {
        if (Blank(path, "file") is { } blank)
        {
            return blank;
        }

        if (Directory.Exists(path))
        {
            return "is a folder, not a file";
        }

        if (!File.Exists(path))
        {
            return "does not exist";
        }

        try
        {
            using var stream = File.OpenRead(path);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "cannot be read: " + Words.Of(e);
        }
    }

    /// <summary>A file or a folder to read: it exists.</summary>
    public static string? ExistingFileOrFolder(string path) =>
        Blank(path, "file or folder") ?? (File.Exists(path) || Directory.Exists(path) ? null : "does not exist");

    private static string? Blank(string path, string what)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return $"is empty; give a {what}";
        }

        return path.Contains('\0', StringComparison.Ordinal) ? "is not a valid path" : null;
    }

    private static string? NearestExisting(string fullPath)
    {
        for (var current = fullPath; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            if (File.Exists(current) || Directory.Exists(current))
            {
                return current;
            }
        }

        return null;
    }

    private static bool CanWriteIn(string folder)
    {
        try
        {
            var probe = Path.Combine(folder, $".mailmig-write-check-{Guid.NewGuid():N}");
            using var stream = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
