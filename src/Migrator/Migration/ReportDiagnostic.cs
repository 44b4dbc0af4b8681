using System.Text.Json.Serialization;

namespace MailMig.Fidelity.Migrator.Migration;

/// <summary>A problem found outside any one message; identical ones (same severity, code and message) are one entry with a count.</summary>
/// <param name="Severity"><c>warning</c> or <c>error</c>.</param>
/// <param name="Code">The diagnostic code.</param>
/// <param name="File">The file it concerns, or null.</param>
/// <param name="Offset">The byte offset (of the first one), or -1.</param>
/// <param name="Message">What was found.</param>
/// <param name="Count">How many times it was found, when more than once.</param>
public sealed record ReportDiagnostic(string Severity, string Code, string? File, long Offset, string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Count = null);
