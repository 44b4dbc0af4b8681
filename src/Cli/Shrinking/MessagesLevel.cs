namespace MailMig.Fidelity.Cli.Shrinking;

/// <summary>Removes whole message blocks.</summary>
public sealed class MessagesLevel : ShrinkLevel
{
    /// <inheritdoc/>
    public override string Name => "messages";

    /// <inheritdoc/>
    public override IReadOnlyList<UnitKey> Units(RawExport export) =>
        Enumerable.Range(0, export.Blocks.Count).Select(b => new UnitKey(b)).ToList();

    /// <inheritdoc/>
    public override RawExport Without(RawExport export, IReadOnlySet<UnitKey> removed) =>
        export with { Blocks = export.Blocks.Where((_, b) => !removed.Contains(new UnitKey(b))).ToList() };
}
