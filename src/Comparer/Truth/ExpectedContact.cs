namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>A contact the output must hold: its name (FN) and address (or null when the entry has none).</summary>
/// <param name="Name">The contact's formatted name.</param>
/// <param name="Address">Its address, or null.</param>
public sealed record ExpectedContact(string Name, ManifestAddress? Address);
