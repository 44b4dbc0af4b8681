namespace MailMig.Fidelity.Migrator.Output;

/// <summary>A message rendered for the Exchange 5.5 files: its secondary records and its primary row without the Body field.</summary>
/// <param name="Index">The 1-based source index.</param>
/// <param name="FolderSegments">The path segments of its folder (unused by this target).</param>
/// <param name="Bytes">The secondary file records.</param>
/// <param name="Row">The primary row up to, not including, the Body reference.</param>
public sealed record Exchange55PreparedMessage(int Index, IReadOnlyList<string> FolderSegments, byte[] Bytes, string Row)
    : PreparedMessage(Index, FolderSegments, Bytes);
