namespace MailMig.Fidelity.Migrator.Migration;

/// <summary>A problem found outside any one message.</summary>
/// <param name="Severity"><c>warning</c> or <c>error</c>.</param>
/// <param name="Code">The diagnostic code.</param>
/// <param name="File">The file it concerns, or null.</param>
/// <param name="Offset">The byte offset, or -1.</param>
/// <param name="Message">What was found.</param>
public sealed record ReportDiagnostic(string Severity, string Code, string? File, long Offset, string Message);
