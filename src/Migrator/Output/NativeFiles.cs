using System.Runtime.InteropServices;

namespace MailMig.Fidelity.Migrator.Output;

/*
 * The eml target writes one small file per message, so system calls per file are its cost. .NET's file APIs add
 * an advisory lock and unlock, a seek probe, a preallocation and existence checks around the four calls a
 * whole-file write needs; this calls libc directly. Linux only (the flag values are Linux's, the same on x64
 * and arm64); any failure returns false with nothing renamed, and the caller's managed path then does the
 * write again and reports the error the ordinary way.
 */

/// <summary>Whole-file writes through libc: open (create or truncate), write, close, rename.</summary>
internal static class NativeFiles
{
    private const int WriteOnly = 0x1;
    private const int Create = 0x40;
    private const int Truncate = 0x200;
    private const int CloseOnExec = 0x80000;
    private const int Interrupted = 4;
    private const int ReadWriteForAll = 0x1B6; // 0666, less the umask

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="temp"/> and renames it to <paramref name="path"/>; false when any step failed.</summary>
    public static bool TryWriteAndRename(string temp, string path, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return TryWrite(temp, bytes) && Rename(temp, path) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static bool TryWrite(string temp, ReadOnlySpan<byte> bytes)
    {
        int fd;
        do
        {
            fd = Open(temp, WriteOnly | Create | Truncate | CloseOnExec, ReadWriteForAll);
        }
        while (fd < 0 && Marshal.GetLastPInvokeError() == Interrupted);

        if (fd < 0)
        {
            return false;
        }

        var written = true;
        while (written && bytes.Length > 0)
        {
            var n = Write(fd, ref MemoryMarshal.GetReference(bytes), bytes.Length);
            if (n > 0)
            {
                bytes = bytes[(int)n..];
            }
            else
            {
                written = n < 0 && Marshal.GetLastPInvokeError() == Interrupted;
            }
        }

        return Close(fd) == 0 && written;
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc", EntryPoint = "write", SetLastError = true)]
    private static extern nint Write(int fd, ref byte buffer, nint count);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fd);

    [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static extern int Rename([MarshalAs(UnmanagedType.LPUTF8Str)] string from, [MarshalAs(UnmanagedType.LPUTF8Str)] string to);
}
