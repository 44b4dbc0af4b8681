using MailMig.Fidelity.Comparer.Diagnostics;

namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>The diagnostics of one manifest read: every warning, the first <see cref="ManifestReader.MaxErrorsKept"/> errors, and the count of all errors.</summary>
internal sealed class ManifestProblems(string path)
{
    private readonly List<ComparerDiagnostic> _kept = [];

    /// <summary>The diagnostics kept, in line order.</summary>
    public IReadOnlyList<ComparerDiagnostic> Kept => _kept;

    /// <summary>How many errors were found, kept or not.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>Keeps <paramref name="diagnostic"/> (an error only while fewer than the limit are kept); null is ignored.</summary>
    public void Add(ComparerDiagnostic? diagnostic)
    {
        if (diagnostic is null)
        {
            return;
        }

        if (diagnostic.Severity == ComparerSeverity.Error && ++ErrorCount > ManifestReader.MaxErrorsKept)
        {
            return;
        }

        _kept.Add(diagnostic);
    }

    /// <summary>Adds the whole-file findings: no header record, and no message record at all (an error: nothing could be checked).</summary>
    public void Finish(bool hasHeader, int messages, int lines)
    {
        if (!hasHeader && messages > 0)
        {
            _kept.Add(new ComparerDiagnostic(ComparerSeverity.Warning, "manifest.no-header", "no header record", path, 1));
        }

        if (messages == 0 && ErrorCount == 0)
        {
            Add(new ComparerDiagnostic(ComparerSeverity.Error, "manifest.no-messages", lines == 0 ? "the file is empty" : "no message records", path, lines == 0 ? null : 1));
        }
    }
}
