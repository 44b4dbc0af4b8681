using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.Generator.Manifest;

/// <summary>What the manifest needs beyond the message itself: the expected date, repaired names, the unreadable item and the faults.</summary>
/// <param name="ExpectedLocal">The local date a migrator must reach, or null when none is recoverable.</param>
/// <param name="ExpectedNames">File items whose name must be repaired, with the name to reach.</param>
/// <param name="UnreadableInExport">The file item the export makes unreadable (<see cref="Faults.AttachmentUnreadableFault"/>), or null.</param>
/// <param name="Faults">The faults applied to this message, located.</param>
public sealed record MessageExpectation(
    DateTime? ExpectedLocal, IReadOnlyDictionary<FileItem, string> ExpectedNames, FileItem? UnreadableInExport, IReadOnlyList<AppliedFault> Faults);
