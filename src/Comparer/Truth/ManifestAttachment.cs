namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>An attachment as the manifest expects it: name as shown, byte size, SHA-256 and the item's local date.</summary>
/// <param name="Name">The name the output must show.</param>
/// <param name="Size">The number of bytes.</param>
/// <param name="Sha256">The SHA-256 of the bytes, hex.</param>
/// <param name="Date">The item's local date (<c>yyyy-MM-ddTHH:mm:ss</c>), or null.</param>
public sealed record ManifestAttachment(string Name, long Size, string Sha256, string? Date);
