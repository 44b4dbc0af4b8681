namespace MailMig.Fidelity.Comparer.Output;

/*
 * .NET tells symbolic links apart (FileSystemInfo.LinkTarget) but not FIFOs, devices and sockets,
 * and opening a FIFO blocks until a writer appears. On Linux the entry's type bits are read with
 * statx(AT_SYMLINK_NOFOLLOW), whose structure is the same on every architecture (stx_mode at byte
 * 28). Elsewhere only what .NET exposes is used: links, directories and (on Windows) devices.
 */

/// <summary>Reads what a path is (<see cref="FileKind"/>) without following a symbolic link and without opening it.</summary>
public static class FileKinds
{
    /// <summary>What <paramref name="path"/> is; <see cref="FileKind.Unknown"/> when it cannot be read.</summary>
    public static FileKind Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsLinux() && TryStatx(path, out var mode))
        {
            return FromMode(mode);
        }

        return FromInfo(path);
    }

    private static FileKind FromMode(int mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.RegularFile,
        0x4000 => FileKind.Directory,
        0xA000 => FileKind.SymbolicLink,
        0x1000 => FileKind.Fifo,
        0x2000 or 0x6000 => FileKind.Device,
        0xC000 => FileKind.Socket,
        _ => FileKind.Unknown,
    };

    private static FileKind FromInfo(string path)
    {
        try
        {
            var info = new FileInfo(path);
            var attributes = info.Attributes;
            if ((int)attributes == -1)
            {
                return FileKind.Unknown;
            }

            if (attributes.HasFlag(FileAttributes.ReparsePoint) || info.LinkTarget is not null)
            {
                return FileKind.SymbolicLink;
            }

            if (attributes.HasFlag(FileAttributes.Directory))
            {
                return FileKind.Directory;
            }

            return attributes.HasFlag(FileAttributes.Device) ? FileKind.Device : FileKind.RegularFile;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FileKind.Unknown;
        }
    }

    private static bool TryStatx(string path, out int mode) =>
        LinuxStatx.TryGet(LinuxStatx.CurrentDirectory, path, LinuxStatx.NoFollow, out mode, out _);
}
