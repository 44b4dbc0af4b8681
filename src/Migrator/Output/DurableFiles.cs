namespace MailMig.Fidelity.Migrator.Output;

/// <summary>Atomic file writes (temporary file beside the target, then rename) and batched flushes to disk.</summary>
public static class DurableFiles
{
    /// <summary>The suffix of temporary files beside their targets.</summary>
    public const string TempSuffix = ".tmp";

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically; <paramref name="flush"/> forces them to disk before the rename.</summary>
    public static void WriteAtomic(string path, ReadOnlySpan<byte> bytes, bool flush = false)
    {
        var temp = path + TempSuffix;
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None))
        {
            stream.Write(bytes);
            if (flush)
            {
                stream.Flush(flushToDisk: true);
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Forces the already written files <paramref name="paths"/> to disk (a checkpoint).</summary>
    public static void FlushToDisk(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            stream.Flush(flushToDisk: true);
        }
    }
}
