namespace MailMig.Fidelity.Cli.Shrinking;

/// <summary>An export file as bytes with its structure: file header lines and message blocks, written back byte for byte.</summary>
/// <param name="CodePage">The code page the file's text is in (its Codepage: line, 850 without one).</param>
/// <param name="FileHeader">The lines before the first block.</param>
/// <param name="Blocks">The message blocks in file order.</param>
public sealed record RawExport(int CodePage, IReadOnlyList<RawLine> FileHeader, IReadOnlyList<RawBlock> Blocks)
{
    /// <summary>The file's bytes, every size and count recomputed.</summary>
    public byte[] ToBytes()
    {
        var output = new MemoryStream();
        foreach (var line in FileHeader)
        {
            output.Write(line.Bytes);
        }

        foreach (var block in Blocks)
        {
            output.Write(block.Bytes);
        }

        return output.ToArray();
    }

    /// <summary>How many header lines, items and messages the file holds, for progress and summaries.</summary>
    public string Describe() =>
        $"{Blocks.Count} messages, {Blocks.Sum(b => b.Items.Count)} items, {Blocks.Sum(b => b.Headers.Count)} header lines, {ToBytes().Length} bytes";
}
