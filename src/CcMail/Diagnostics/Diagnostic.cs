namespace MailMig.Fidelity.CcMail.Diagnostics;

/// <summary>One problem a lenient reader or parser found and tolerated, with where it found it.</summary>
/// <param name="Severity">How serious the problem is.</param>
/// <param name="Code">A stable identifier, e.g. <c>export.size-spaces</c>, that tests and reports key on.</param>
/// <param name="Message">A sentence a person can act on.</param>
/// <param name="File">The file it was found in, or null for in-memory input.</param>
/// <param name="Offset">The byte offset (or character offset for address text), or -1 when none applies.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, string? File = null, long Offset = -1)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{(File is null ? "" : File)}{(Offset >= 0 ? $"@{Offset}" : "")}{(File is null && Offset < 0 ? "" : ": ")}{Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
