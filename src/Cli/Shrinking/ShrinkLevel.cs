namespace MailMig.Fidelity.Cli.Shrinking;

/// <summary>One level of structure shrinking works at (messages, items, header lines, address elements, characters): what can be removed, and the export without it.</summary>
public abstract class ShrinkLevel
{
    /// <summary>The levels from coarse to fine, in the order shrinking tries them.</summary>
    public static IReadOnlyList<ShrinkLevel> All { get; } =
        [new MessagesLevel(), new ItemsLevel(), new HeaderLinesLevel(), new AddressElementsLevel(), new CharactersLevel()];

    /// <summary>The level's name for progress ("messages", "items"...).</summary>
    public abstract string Name { get; }

    /// <summary>Every part of <paramref name="export"/> this level may remove, in file order.</summary>
    public abstract IReadOnlyList<UnitKey> Units(RawExport export);

    /// <summary><paramref name="export"/> without the parts <paramref name="removed"/> names.</summary>
    public abstract RawExport Without(RawExport export, IReadOnlySet<UnitKey> removed);

    /// <summary>Whether <paramref name="line"/> holds one address (From, To, Cc, Bcc, RRT).</summary>
    public static bool IsAddressLine(RawLine line) =>
        line.Keyword.Trim().ToUpperInvariant() is "FROM" or "TO" or "CC" or "BCC" or "RRT";

    /// <summary><paramref name="export"/> with the header lines of each block replaced by <paramref name="edit"/>(block index, line index, line).</summary>
    protected static RawExport EditLines(RawExport export, Func<int, int, RawLine, RawLine> edit) =>
        export with
        {
            Blocks = export.Blocks.Select((block, b) => block with { Headers = block.Headers.Select((line, h) => edit(b, h, line)).ToList() }).ToList(),
        };
}
