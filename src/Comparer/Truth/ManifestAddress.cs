namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>An address as the manifest expects it in the output: display name, Exchange proxy type and address text.</summary>
/// <param name="DisplayName">The display name the output must show, or null when none.</param>
/// <param name="Type">The proxy type (<c>SMTP</c>, <c>CCMAIL</c>, <c>X400</c>, <c>ATTMAIL</c>…).</param>
/// <param name="Address">The proxy address text.</param>
public sealed record ManifestAddress(string? DisplayName, string Type, string Address);
