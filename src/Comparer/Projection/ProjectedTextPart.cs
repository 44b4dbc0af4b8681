namespace MailMig.Fidelity.Comparer.Projection;

/// <summary>A Text item after the first: an inline <c>text/plain</c> part of a migrated message.</summary>
/// <param name="Number">The Text item's number as the manifest counts it (2 for the second Text item).</param>
/// <param name="Text">The decoded text with line ends normalised to LF.</param>
public sealed record ProjectedTextPart(int Number, string Text)
{
    /// <summary>The name the manifest gives this item among the attachments (<c>text-2.txt</c>).</summary>
    public string ManifestName => "text-" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".txt";
}
