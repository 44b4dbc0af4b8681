using MailMig.Fidelity.Generator.Faults;

namespace MailMig.Fidelity.Generator.Manifest;

/// <summary>A fault applied to a message or mailbox and where its bytes are.</summary>
/// <param name="Fault">The catalog fault.</param>
/// <param name="Detail">The variant injected, or null.</param>
/// <param name="File">The file relative to the output folder, or null when only field values show it.</param>
/// <param name="Offset">The byte offset in that file, or null.</param>
public sealed record AppliedFault(FaultDescriptor Fault, string? Detail, string? File, long? Offset);
