namespace MailMig.Fidelity.CcMail.Tests.Db8;

/// <summary>One damage to one file of a written store: where (a fraction of the file's length) and with which bytes.</summary>
internal sealed record Db8Mutation(Db8MutationKind Kind, string File, double Where, byte[] Bytes)
{
    /// <summary>The byte offset the damage lands at in a file of <paramref name="length"/> bytes (for Insert, up to the length itself).</summary>
    public int Position(int length) => Math.Min((int)(Where * (Kind == Db8MutationKind.Insert ? length + 1 : length)), Math.Max(0, Kind == Db8MutationKind.Insert ? length : length - 1));

    /// <summary>Applies the damage to <paramref name="store"/>'s files.</summary>
    public void Apply(Db8TestStore store)
    {
        var length = store.Files[File].Length;
        var at = Position(length);
        switch (Kind)
        {
            case Db8MutationKind.Flip when length > 0:
                store.Files[File][at] ^= (byte)(Bytes.Length > 0 && Bytes[0] != 0 ? Bytes[0] : 1);
                break;
            case Db8MutationKind.Insert:
                store.Insert(File, at, Bytes.Length > 0 ? Bytes : [0x43]);
                break;
            case Db8MutationKind.Delete when length > 0:
                store.Delete(File, at, Math.Min(length - at, Math.Max(1, Bytes.Length % 8)));
                break;
            case Db8MutationKind.Truncate:
                store.Truncate(File, at);
                break;
            case Db8MutationKind.Replace:
                store.Files[File] = Bytes;
                break;
        }
    }

    /// <summary>The byte range [start, end) of the file this damage touches, for deciding which records it can reach.</summary>
    public (int Start, int End) Range(int length)
    {
        var at = Position(length);
        return Kind switch
        {
            Db8MutationKind.Delete => (at, at + Math.Max(1, Bytes.Length % 8)),
            Db8MutationKind.Flip => (at, at + 1),
            _ => (at, at),
        };
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {File} at {Where:0.000} with {Convert.ToHexString(Bytes)}";
}
