namespace MailMig.Fidelity.Migrator.Output;

/*
 * Rendering a message into a fresh MemoryStream grows it by doubling (256, 512, 1 K, ...), so every message
 * allocated about twice its size in discarded buffers before the final exact-size copy. Each thread reuses one
 * stream instead; Prepare runs start to finish on one thread, so no two messages share it. A stream that grew
 * past 1 MB (a large attachment) is dropped rather than kept.
 */

/// <summary>One reusable render stream per thread.</summary>
internal static class RenderBuffer
{
    private const int KeepAtMost = 1024 * 1024;

    [ThreadStatic]
    private static MemoryStream? _stream;

    /// <summary>The calling thread's empty stream; give it back with <see cref="Return"/>.</summary>
    public static MemoryStream Rent()
    {
        var stream = _stream ?? new MemoryStream(4096);
        _stream = null;
        stream.SetLength(0);
        return stream;
    }

    /// <summary>Keeps <paramref name="stream"/> for the calling thread's next message unless it grew too large.</summary>
    public static void Return(MemoryStream stream)
    {
        if (stream.Capacity <= KeepAtMost)
        {
            _stream = stream;
        }
    }
}
