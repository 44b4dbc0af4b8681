using System.Text;

namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>Splits a manifest file into lines as <see cref="File.ReadLines(string)"/> does (CR, LF or CR LF end a line; a UTF-8 byte-order mark is dropped), with each line's byte offset and length.</summary>
internal static class ManifestLineSplitter
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The lines of <paramref name="stream"/>: byte offset, byte length and the text decoded as UTF-8 (invalid bytes replaced).</summary>
    public static IEnumerable<(long Offset, int Length, string Text)> Split(Stream stream) =>
        SplitBytes(stream).Select(line => (line.Offset, line.Bytes.Length, Encoding.UTF8.GetString(line.Bytes)));

    /// <summary>The lines of <paramref name="stream"/> as their byte offset and bytes, undecoded (the indexer parses UTF-8 directly).</summary>
    public static IEnumerable<(long Offset, byte[] Bytes)> SplitBytes(Stream stream)
    {
        var buffer = new byte[64 * 1024];
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
            if (skipLf && start < end)
            {
                skipLf = false;
                if (buffer[start] == (byte)'\n')
                {
                    start++;
                }
            }

            var at = buffer.AsSpan(start, end - start).IndexOfAny((byte)'\r', (byte)'\n');
            if (at >= 0)
            {
                yield return (bufferOffset + start, buffer[start..(start + at)]);
                skipLf = buffer[start + at] == (byte)'\r';
                start += at + 1;
                continue;
            }

            if (eof)
            {
                if (start < end)
                {
                    yield return (bufferOffset + start, buffer[start..end]);
                }

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

    private static (int End, bool Eof) Read(Stream stream, byte[] buffer, int end)
    {
        var read = stream.Read(buffer, end, buffer.Length - end);
        return (end + read, read == 0);
    }
}
