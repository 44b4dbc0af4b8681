namespace MailMig.Fidelity.Comparer.Output;

/*
 * mboxrd (the variant docs/formats/output.md names): every line starting with "From " begins a
 * new message, because writers quote body lines that start with ">*From " by adding one '>'.
 * Reading reverses that by removing one '>' from every line matching ^>+From . The empty line a
 * writer puts after each message is the separator, not message content, and is dropped.
 * A UTF-8 byte-order mark before the first "From " line (editors and some exporters write one;
 * MimeKit's own unmunged.mbox test file has it) is skipped, so the first message is not lost.
 */

/// <summary>Splits an mboxrd file into its messages and undoes <c>&gt;From </c> quoting.</summary>
public static class MboxSplitter
{
    private static ReadOnlySpan<byte> FromLine => "From "u8;

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Splits <paramref name="mbox"/>; a leading UTF-8 byte-order mark and any other bytes before the first <c>From </c> line are ignored.</summary>
    public static IReadOnlyList<MboxEntry> Split(ReadOnlyMemory<byte> mbox)
    {
        var span = mbox.Span;
        var starts = new List<int>();
        var first = span.StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
        for (var i = first; i < span.Length; i = NextLine(span, i))
        {
            if (span[i..].StartsWith(FromLine))
            {
                starts.Add(i);
            }
        }

        var entries = new List<MboxEntry>(starts.Count);
        for (var n = 0; n < starts.Count; n++)
        {
            var end = n + 1 < starts.Count ? starts[n + 1] : span.Length;
            var contentStart = NextLine(span, starts[n]);
            var content = span[contentStart..end];
            content = DropSeparator(content);
            entries.Add(new MboxEntry(n + 1, starts[n], Unquote(content)));
        }

        return entries;
    }

    private static int NextLine(ReadOnlySpan<byte> span, int start)
    {
        var lf = span[start..].IndexOf((byte)'\n');
        return lf < 0 ? span.Length : start + lf + 1;
    }

    private static ReadOnlySpan<byte> DropSeparator(ReadOnlySpan<byte> content)
    {
        if (content.EndsWith("\r\n\r\n"u8))
        {
            return content[..^2];
        }

        if (content.EndsWith("\n\n"u8))
        {
            return content[..^1];
        }

        return content;
    }

    private static byte[] Unquote(ReadOnlySpan<byte> content)
    {
        var output = new byte[content.Length];
        var length = 0;
        for (var i = 0; i < content.Length;)
        {
            var next = NextLine(content, i);
            var line = content[i..next];
            var quotes = 0;
            while (quotes < line.Length && line[quotes] == (byte)'>')
            {
                quotes++;
            }

            if (quotes > 0 && line[quotes..].StartsWith(FromLine))
            {
                line = line[1..];
            }

            line.CopyTo(output.AsSpan(length));
            length += line.Length;
            i = next;
        }

        return length == output.Length ? output : output[..length];
    }
}
