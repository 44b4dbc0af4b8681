namespace MailMig.Fidelity.Comparer.Projection;

/// <summary>One attachment of a migrated message: name, content type, size and SHA-256 of its decoded bytes.</summary>
/// <param name="Name">The file name as decoded (RFC 2231 / 2047), or null when the part has none.</param>
/// <param name="ContentType">The MIME type, lower case (<c>application/octet-stream</c>).</param>
/// <param name="Size">The number of decoded bytes.</param>
/// <param name="Sha256">The SHA-256 of the decoded bytes, lower-case hex.</param>
/// <param name="Modified">The <c>modification-date</c> parameter's clock reading (<c>yyyy-MM-ddTHH:mm:ss</c>), or null.</param>
public sealed record ProjectedAttachment(string? Name, string ContentType, long Size, string Sha256, string? Modified);
