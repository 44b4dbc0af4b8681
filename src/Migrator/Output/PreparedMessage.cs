namespace MailMig.Fidelity.Migrator.Output;

/// <summary>A message rendered into its output bytes, ready to be committed by its mailbox's writer.</summary>
/// <param name="Index">The 1-based source index.</param>
/// <param name="FolderSegments">The path segments of its folder.</param>
/// <param name="Bytes">The rendered bytes (their meaning depends on the target).</param>
public record PreparedMessage(int Index, IReadOnlyList<string> FolderSegments, byte[] Bytes);
