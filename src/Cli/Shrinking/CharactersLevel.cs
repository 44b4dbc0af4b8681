namespace MailMig.Fidelity.Cli.Shrinking;

/// <summary>Removes characters of header values (the keyword and its colon stay).</summary>
public sealed class CharactersLevel : ShrinkLevel
{
    /// <inheritdoc/>
    public override string Name => "characters";

    /// <inheritdoc/>
    public override IReadOnlyList<UnitKey> Units(RawExport export) =>
        export.Blocks.SelectMany((block, b) => block.Headers.SelectMany((line, h) =>
            ExportCharacters.Split(line.Text[line.ValueStart..], export.CodePage).Select((_, c) => new UnitKey(b, h, c)))).ToList();

    /// <inheritdoc/>
    public override RawExport Without(RawExport export, IReadOnlySet<UnitKey> removed) =>
        EditLines(export, (b, h, line) => line.WithValue(
            [.. ExportCharacters.Split(line.Text[line.ValueStart..], export.CodePage).Where((_, c) => !removed.Contains(new UnitKey(b, h, c))).SelectMany(x => x)]));
}
