namespace MailMig.Fidelity.Cli.Shrinking;

/// <summary>Removes items (Text, File, Message... items) from blocks; the Contents: count follows.</summary>
public sealed class ItemsLevel : ShrinkLevel
{
    /// <inheritdoc/>
    public override string Name => "items";

    /// <inheritdoc/>
    public override IReadOnlyList<UnitKey> Units(RawExport export) =>
        export.Blocks.SelectMany((block, b) => block.Items.Select((_, i) => new UnitKey(b, i))).ToList();

    /// <inheritdoc/>
    public override RawExport Without(RawExport export, IReadOnlySet<UnitKey> removed) =>
        export with
        {
            Blocks = export.Blocks.Select((block, b) => block with { Items = block.Items.Where((_, i) => !removed.Contains(new UnitKey(b, i))).ToList() }).ToList(),
        };
}
