using System.Runtime.InteropServices;

namespace MailMig.Fidelity.Migrator.Output;

/// <summary>Atomic file writes (temporary file beside the target, then rename) and batched flushes to disk.</summary>
/// <remarks>On Linux a file is four system calls (<c>open</c>, <c>write</c>, <c>close</c>, <c>rename</c>) instead of the
/// dozen .NET's file APIs make (advisory locks, seek probes, preallocation, existence checks); anything unexpected falls
/// back to those APIs, which report it. A checkpoint on Linux is one <c>syncfs</c> of the output's file system (every
/// file written since, in one call); elsewhere, or if that fails, each file is flushed in turn.</remarks>
public static partial class DurableFiles
{
    /// <summary>The suffix of temporary files beside their targets.</summary>
    public const string TempSuffix = ".tmp";

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically; <paramref name="flush"/> forces them to disk before the rename.</summary>
    public static void WriteAtomic(string path, ReadOnlySpan<byte> bytes, bool flush = false)
    {
        var temp = path + TempSuffix;
        if (!flush && OperatingSystem.IsLinux() && NativeFiles.TryWriteAndRename(temp, path, bytes))
        {
            return;
        }

        using (var handle = OpenTemp(temp))
        {
            RandomAccess.Write(handle, bytes, 0);
            if (flush)
            {
                RandomAccess.FlushToDisk(handle);
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Renames the closed temporary files of <paramref name="paths"/> into place, after one checkpoint of them all when <paramref name="flushToDisk"/>.</summary>
    public static void MoveIntoPlace(IReadOnlyCollection<string> paths, bool flushToDisk)
    {
        if (flushToDisk)
        {
            FlushToDisk([.. paths.Select(path => path + TempSuffix)]);
        }

        foreach (var path in paths)
        {
            File.Move(path + TempSuffix, path, overwrite: true);
        }
    }

    /// <summary>Forces the already written files <paramref name="paths"/> to disk (a checkpoint).</summary>
    public static void FlushToDisk(IReadOnlyCollection<string> paths)
    {
        if (paths.Count == 0 || (OperatingSystem.IsLinux() && TrySyncFileSystem(paths.First())))
        {
            return;
        }

        foreach (var path in paths)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            stream.Flush(flushToDisk: true);
        }
    }

    // A leftover temporary file (a killed run) is replaced; the usual case creates without truncating.
    private static Microsoft.Win32.SafeHandles.SafeFileHandle OpenTemp(string temp)
    {
        try
        {
            return File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None);
        }
        catch (IOException) when (File.Exists(temp))
        {
            return File.OpenHandle(temp, FileMode.Create, FileAccess.Write, FileShare.None, FileOptions.None);
        }
    }

    private static bool TrySyncFileSystem(string path)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return SyncFs((int)handle.DangerousGetHandle()) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "syncfs", SetLastError = true)]
    private static extern int SyncFs(int fd);
}
