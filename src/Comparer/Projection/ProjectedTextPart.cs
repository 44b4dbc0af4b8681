namespace MailMig.Fidelity.Comparer.Projection;

/// <summary>A Text item after the first: an inline <c>text/plain</c> part of a migrated message, or a <c>text-&lt;n&gt;.txt</c> record of an Exchange 5.5 secondary file.</summary>
/// <param name="Number">The Text item's number as the manifest counts it (2 for the second Text item).</param>
/// <param name="Text">The decoded text with line ends normalised to LF (what the projection shows).</param>
/// <param name="Stored">The decoded text with its line ends exactly as stored, whose UTF-8 bytes the ground truth hashes; null when it is <paramref name="Text"/>.</param>
public sealed record ProjectedTextPart(int Number, string Text, string? Stored = null)
{
    /// <summary>The name the manifest gives this item among the attachments (<c>text-2.txt</c>).</summary>
    public string ManifestName => "text-" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".txt";

    /// <summary>The text the ground truth hashes: <see cref="Stored"/> when known, else <see cref="Text"/>.</summary>
    public string HashedText => Stored ?? Text;
}
