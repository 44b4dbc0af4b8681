using System.Runtime.CompilerServices;
using System.Text;

namespace MailMig.Fidelity.Comparer.Truth;

/*
 * Lines are found in a large buffer and handed out in batches, as slices of that buffer: no line is
 * copied, and the indexer checks a whole batch in parallel before the buffer is refilled. A line
 * longer than the buffer grows it. Line ends are those of File.ReadLines, so line numbers agree.
 */

/// <summary>Splits a manifest file into lines as <see cref="File.ReadLines(string)"/> does (CR, LF or CR LF end a line; a UTF-8 byte-order mark is dropped), with each line's byte offset and length.</summary>
internal static class ManifestLineSplitter
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The lines of <paramref name="stream"/>: byte offset, byte length and the text decoded as UTF-8 (invalid bytes replaced).</summary>
    public static IEnumerable<(long Offset, int Length, string Text)> Split(Stream stream) =>
        SplitBatches(stream, 64 * 1024).SelectMany(batch => batch.Select(line => (line.Offset, line.Bytes.Length, Encoding.UTF8.GetString(line.Bytes.Span))));

    /// <summary>The lines of <paramref name="stream"/> in batches (the lines whole in a buffer of <paramref name="bufferSize"/> bytes), each as its byte offset and bytes; a batch and its bytes are valid only until the next is asked for.</summary>
    public static IEnumerable<List<(long Offset, ReadOnlyMemory<byte> Bytes)>> SplitBatches(Stream stream, int bufferSize)
    {
        var buffer = new byte[bufferSize];
        var batch = new List<(long Offset, ReadOnlyMemory<byte> Bytes)>();
        var (start, end, bufferOffset, eof, skipLf) = (0, 0, 0L, false, false);
        while (end < Bom.Length && !eof)
        {
            (end, eof) = Read(stream, buffer, end);
        }

        if (buffer.AsSpan(0, end).StartsWith(Bom))
        {
            start = Bom.Length;
        }

        while (true)
        {
            batch.Clear();
            start = Lines(buffer, (start, end), bufferOffset, ref skipLf, batch);
            if (eof && start < end)
            {
                batch.Add((bufferOffset + start, buffer.AsMemory(start, end - start)));
                start = end;
            }

            if (batch.Count > 0)
            {
                yield return batch;
            }

            if (eof)
            {
                yield break;
            }

            // Move the partial line to the front (growing the buffer for a long line) and read on.
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            (bufferOffset, end, start) = (bufferOffset + start, end - start, 0);
            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            (end, eof) = Read(stream, buffer, end);
        }
    }

    // Adds the lines ended in buffer[range] to batch; returns where the unended rest starts.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Lines(byte[] buffer, (int Start, int End) range, long bufferOffset, ref bool skipLf, List<(long Offset, ReadOnlyMemory<byte> Bytes)> batch)
    {
        var (start, end) = range;
        while (true)
        {
            if (skipLf && start < end)
            {
                skipLf = false;
                if (buffer[start] == (byte)'\n')
                {
                    start++;
                }
            }

            var at = buffer.AsSpan(start, end - start).IndexOfAny((byte)'\r', (byte)'\n');
            if (at < 0)
            {
                return start;
            }

            batch.Add((bufferOffset + start, buffer.AsMemory(start, at)));
            skipLf = buffer[start + at] == (byte)'\r';
            start += at + 1;
        }
    }

    private static (int End, bool Eof) Read(Stream stream, byte[] buffer, int end)
    {
        var read = stream.Read(buffer, end, buffer.Length - end);
        return (end + read, read == 0);
    }
}
