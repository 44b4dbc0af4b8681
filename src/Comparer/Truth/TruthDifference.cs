namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>One difference between the migrated output and the manifest, with the message's location.</summary>
/// <param name="Mailbox">The mailbox the message belongs to.</param>
/// <param name="Index">The source index, or null for an output message that pairs with nothing.</param>
/// <param name="OutputFile">The output file (<c>path</c> or <c>path#entry</c>), or null when the message is missing.</param>
/// <param name="Field">The field (see <see cref="TruthField"/>).</param>
/// <param name="Detail">Which part of the field (<c>to</c>, <c>forwarded[1]</c>, <c>path</c>), or null.</param>
/// <param name="Expected">What the manifest expects.</param>
/// <param name="Actual">What the output holds.</param>
public sealed record TruthDifference(string Mailbox, int? Index, string? OutputFile, string Field, string? Detail, DifferenceValue Expected, DifferenceValue Actual)
{
    /// <summary>The class of loss this difference is.</summary>
    public DifferenceClass Class => TruthField.ClassOf(Field);

    /// <summary>A stable key of the message the difference is about (mailbox and index, or the output file).</summary>
    public string MessageKey => Index is { } i ? Mailbox + "#" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) : Mailbox + "@" + OutputFile;
}
