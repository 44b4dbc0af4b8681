namespace MailMig.Fidelity.Comparer.Projection;

/// <summary>One MIME entity of a migrated message's structure: its depth in the tree and its description.</summary>
/// <param name="Depth">0 for the message's body entity, 1 for its children, and so on.</param>
/// <param name="Text">The content type with the parameters that matter (<c>multipart/mixed; boundary="…"</c>) and the disposition.</param>
public sealed record MimeStructureLine(int Depth, string Text);
