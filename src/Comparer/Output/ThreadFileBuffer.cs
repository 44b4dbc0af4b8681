namespace MailMig.Fidelity.Comparer.Output;

/*
 * compare reads two small files per message (the message and its verified snapshot). Reading each
 * into a new array made most of the garbage the collector stopped both threads for; here each
 * thread reads into a buffer of its own that grows to the largest file it met and is reused. What
 * is read is valid until the same thread reads the next file, so a caller must be done with it
 * (parsed, compared) before then, and must never hand it to another thread.
 */

/// <summary>Reads a whole file into a buffer owned by the calling thread and reused for its next read.</summary>
internal static class ThreadFileBuffer
{
    private const int InitialSize = 16 * 1024;

    // Past this a buffer is not kept for the next file, so one huge message does not stay in memory for the rest of the run.
    private const int MaxKeptSize = 4 * 1024 * 1024;

    [ThreadStatic]
    private static byte[]? _buffer;

    /// <summary>The whole content of the file at <paramref name="path"/>, in the calling thread's buffer; throws like <see cref="File.ReadAllBytes"/>.</summary>
    public static ArraySegment<byte> ReadAll(string path) => TryReadRegular(path) ?? ReadPortably(path);

    /// <summary>The whole content of <paramref name="path"/> if it is a regular file the Linux fast path opens (<see cref="LinuxRegularFile"/>); null otherwise, with nothing read.</summary>
    public static ArraySegment<byte>? TryReadRegular(string path)
    {
        if (!LinuxRegularFile.TryOpen(path, out var fd, out var length))
        {
            return null;
        }

        try
        {
            var buffer = Rent((int)length + 1);
            var read = 0;
            while (read != length && read < buffer.Length && LinuxRegularFile.Read(fd, buffer.AsSpan(read), read) is var n and > 0)
            {
                read += n;
            }

            // All the length promised: done. A file that grew past it (the byte of spare room fills) or shrank is read the portable way.
            return read == length ? Keep(buffer, read) : (ArraySegment<byte>?)null;
        }
        finally
        {
            LinuxRegularFile.Close(fd);
        }
    }

    private static ArraySegment<byte> ReadPortably(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(handle);
        if (length >= Array.MaxLength)
        {
            return File.ReadAllBytes(path); // refused there, with .NET's own message
        }

        var buffer = Rent((int)length + 1);
        var read = 0;
        while (true)
        {
            // The length read first is only a hint: a file that grows meanwhile is read to its end.
            if (read == buffer.Length)
            {
                buffer = Grow(buffer, read);
            }

            var n = RandomAccess.Read(handle, buffer.AsSpan(read), read);
            read += n;
            // Every byte the length promised is here (and not one more, which the extra byte of room would have shown): no read at the end just to meet it.
            if (n == 0 || read == length)
            {
                break;
            }
        }

        return Keep(buffer, read);
    }

    private static ArraySegment<byte> Keep(byte[] buffer, int read)
    {
        if (buffer.Length <= MaxKeptSize)
        {
            _buffer = buffer;
        }

        return new ArraySegment<byte>(buffer, 0, read);
    }

    private static byte[] Rent(int size)
    {
        var kept = _buffer;
        if (kept is not null && kept.Length >= size)
        {
            return kept;
        }

        return new byte[Math.Max(size, InitialSize)];
    }

    private static byte[] Grow(byte[] buffer, int used)
    {
        if (buffer.Length >= Array.MaxLength)
        {
            throw new IOException("file too large to read at once");
        }

        var bigger = new byte[(int)Math.Min(Array.MaxLength, (long)buffer.Length * 2)];
        buffer.AsSpan(0, used).CopyTo(bigger);
        return bigger;
    }
}
