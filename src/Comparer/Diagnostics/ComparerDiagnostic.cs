using System.Globalization;

namespace MailMig.Fidelity.Comparer.Diagnostics;

/// <summary>One problem found in an input of the Comparer (manifest, migration report, output file), with where it is.</summary>
/// <param name="Severity">How serious the problem is.</param>
/// <param name="Code">A stable dotted id such as <c>manifest.invalid-json</c>.</param>
/// <param name="Message">A sentence for people.</param>
/// <param name="File">The file the problem is in, when there is one.</param>
/// <param name="Line">The 1-based line in <paramref name="File"/>, when known.</param>
public sealed record ComparerDiagnostic(ComparerSeverity Severity, string Code, string Message, string? File = null, int? Line = null)
{
    /// <summary>Formats the diagnostic as <c>file:line: severity code: message</c>.</summary>
    public override string ToString()
    {
        var where = File is null ? "" : Line is null ? File + ": " : string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: ");
        return where + Severity.ToString().ToLowerInvariant() + " " + Code + ": " + Message;
    }
}
