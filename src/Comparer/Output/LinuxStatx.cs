using System.Runtime.InteropServices;

namespace MailMig.Fidelity.Comparer.Output;

/*
 * statx(2), the one Linux call that tells a FIFO, a device or a link from a regular file without
 * opening or following it (FileKinds), and the type and size of an open descriptor
 * (LinuxRegularFile). Its structure is the same on every architecture: stx_mode at byte 28,
 * stx_size at byte 40.
 */

/// <summary>Reads an entry's type bits and size with Linux's statx.</summary>
internal static class LinuxStatx
{
    /// <summary>The directory descriptor meaning "relative to the current directory".</summary>
    public const int CurrentDirectory = -100;

    /// <summary>Do not follow a symbolic link named by the path.</summary>
    public const int NoFollow = 0x100;

    /// <summary>Describe the descriptor itself (the path is empty).</summary>
    public const int EmptyPath = 0x1000;

    private const uint TypeAndSize = 0x1 | 0x200;

    /// <summary>The mode (type and permission bits) and size of <paramref name="path"/> relative to <paramref name="directoryFd"/>; false when the call fails or libc has no statx.</summary>
    public static bool TryGet(int directoryFd, string path, int flags, out int mode, out long size)
    {
        (mode, size) = (0, 0);
        try
        {
            var buffer = default(Buffer);
            if (NativeMethods.Statx(directoryFd, path, flags, TypeAndSize, ref buffer) != 0)
            {
                return false;
            }

            (mode, size) = (buffer.Mode, (long)Math.Min(buffer.Size, long.MaxValue));
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct Buffer
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(40)]
        public ulong Size;
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        public static extern int Statx(int directoryFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, ref Buffer buffer);
    }
}
