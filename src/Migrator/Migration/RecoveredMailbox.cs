namespace MailMig.Fidelity.Migrator.Migration;

/// <summary>A mailbox the source's list did not hold, recovered from another witness and migrated.</summary>
/// <param name="Name">The name it was migrated under (a placeholder such as <c>recovered-mailbox-7</c> when no name survived).</param>
/// <param name="Path">Its path segment under the output root.</param>
/// <param name="From">The witness it was recovered from (for example <c>index</c> or <c>records</c>).</param>
public sealed record RecoveredMailbox(string Name, string Path, string From);
