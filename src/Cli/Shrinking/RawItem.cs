namespace MailMig.Fidelity.Cli.Shrinking;

/// <summary>One item of a block as bytes: its item line (with the size field), its data and the line break after the data.</summary>
/// <param name="Size">The item line, split around its size.</param>
/// <param name="LineEnd">The item line's line end.</param>
/// <param name="Data">The data bytes exactly as written.</param>
/// <param name="Kind">How the data was written, which says what the size counts.</param>
/// <param name="After">The line break after the data (not counted by the size).</param>
public sealed record RawItem(SizeField Size, byte[] LineEnd, byte[] Data, ItemDataKind Kind, byte[] After)
{
    /// <summary>The size the data has in its kind: bytes, bytes with each LF counted twice, or hex digits halved.</summary>
    public static long TrueSize(byte[] data, ItemDataKind kind) => kind switch
    {
        ItemDataKind.LfText => data.Length + data.Count(b => b == (byte)'\n'),
        ItemDataKind.Hex => data.Length / 2,
        _ => data.Length,
    };

    /// <summary>The item's bytes with its size recomputed.</summary>
    public byte[] Bytes => [.. Size.Render(TrueSize(Data, Kind)), .. LineEnd, .. Data, .. After];
}
