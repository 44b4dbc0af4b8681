namespace MailMig.Fidelity.Cli.Shrinking;

/// <summary>One message block as bytes: its Message: line, header lines, Contents: line, items and what followed it before the next block.</summary>
/// <param name="Size">The Message: line, split around its size.</param>
/// <param name="LineEnd">The Message: line's line end.</param>
/// <param name="CountsBareLf">Whether the original's size counted each bare LF as CR LF (a file converted to LF line ends).</param>
/// <param name="Headers">The header lines in order (continuation lines included).</param>
/// <param name="Contents">The Contents: line split around its count, or null when the block had none.</param>
/// <param name="ContentsEnd">The Contents: line's line end.</param>
/// <param name="Items">The items in order.</param>
/// <param name="Tail">The bytes after the last item up to the next block (blank lines, garbage), kept as they were.</param>
public sealed record RawBlock(SizeField Size, byte[] LineEnd, bool CountsBareLf, IReadOnlyList<RawLine> Headers, SizeField? Contents, byte[] ContentsEnd, IReadOnlyList<RawItem> Items, byte[] Tail)
{
    /// <summary>The block's bytes with its size and count recomputed.</summary>
    public byte[] Bytes
    {
        get
        {
            var body = Body();
            var truth = body.Length + (CountsBareLf ? BareLineFeeds(body) : 0);
            return [.. Size.Render(truth), .. LineEnd, .. body, .. Tail];
        }
    }

    /// <summary>The bytes the Message: size counts: header lines, Contents: line and items.</summary>
    public byte[] Body()
    {
        var body = new List<byte>();
        foreach (var line in Headers)
        {
            body.AddRange(line.Bytes);
        }

        if (Contents is not null)
        {
            body.AddRange(Contents.Render(Items.Count));
            body.AddRange(ContentsEnd);
        }

        foreach (var item in Items)
        {
            body.AddRange(item.Bytes);
        }

        return [.. body];
    }

    /// <summary>How many LF bytes in <paramref name="bytes"/> have no CR before them.</summary>
    public static int BareLineFeeds(byte[] bytes) =>
        Enumerable.Range(0, bytes.Length).Count(i => bytes[i] == (byte)'\n' && (i == 0 || bytes[i - 1] != (byte)'\r'));
}
