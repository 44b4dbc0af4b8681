namespace MailMig.Fidelity.Cli.Shrinking;

/// <summary>Removes header lines of blocks and of the file header (never its Codepage: line, which sets the dialect).</summary>
public sealed class HeaderLinesLevel : ShrinkLevel
{
    /// <inheritdoc/>
    public override string Name => "header lines";

    /// <inheritdoc/>
    public override IReadOnlyList<UnitKey> Units(RawExport export) =>
        export.FileHeader.Select((line, h) => (line, h)).Where(l => !IsCodePage(l.line)).Select(l => new UnitKey(-1, l.h))
            .Concat(export.Blocks.SelectMany((block, b) => block.Headers.Select((_, h) => new UnitKey(b, h)))).ToList();

    /// <inheritdoc/>
    public override RawExport Without(RawExport export, IReadOnlySet<UnitKey> removed) =>
        export with
        {
            FileHeader = export.FileHeader.Where((_, h) => !removed.Contains(new UnitKey(-1, h))).ToList(),
            Blocks = export.Blocks.Select((block, b) => block with { Headers = block.Headers.Where((_, h) => !removed.Contains(new UnitKey(b, h))).ToList() }).ToList(),
        };

    private static bool IsCodePage(RawLine line) => line.Keyword.Trim().Equals("Codepage", StringComparison.OrdinalIgnoreCase);
}
