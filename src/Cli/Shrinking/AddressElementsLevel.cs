namespace MailMig.Fidelity.Cli.Shrinking;

/// <summary>Removes elements of address values (From, To, Cc, Bcc, RRT): words, list parts, X.400 attributes.</summary>
public sealed class AddressElementsLevel : ShrinkLevel
{
    /// <inheritdoc/>
    public override string Name => "address elements";

    /// <inheritdoc/>
    public override IReadOnlyList<UnitKey> Units(RawExport export) =>
        export.Blocks.SelectMany((block, b) => block.Headers.SelectMany((line, h) => IsAddressLine(line)
            ? AddressElements.Split(line.Text[line.ValueStart..]).Select((_, e) => new UnitKey(b, h, e))
            : [])).ToList();

    /// <inheritdoc/>
    public override RawExport Without(RawExport export, IReadOnlySet<UnitKey> removed) =>
        EditLines(export, (b, h, line) => !IsAddressLine(line) ? line : line.WithValue(
            [.. AddressElements.Split(line.Text[line.ValueStart..]).Where((_, e) => !removed.Contains(new UnitKey(b, h, e))).SelectMany(x => x)]));
}
