using MailMig.Fidelity.CcMail.Diagnostics;

namespace MailMig.Fidelity.CcMail.Export;

/// <summary>A capped list of diagnostics for one message or one file: damage cannot make it grow without bound.</summary>
internal sealed class DiagnosticSink
{
    private readonly List<Diagnostic> _items = [];
    private readonly string? _file;
    private readonly int _cap;
    private readonly bool _strict;

    public DiagnosticSink(string? file, int cap, bool strict)
    {
        _file = file;
        _cap = cap;
        _strict = strict;
    }

    /// <summary>The diagnostics kept so far (the last one says when more were suppressed).</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>How many diagnostics were dropped after the cap.</summary>
    public int Suppressed { get; private set; }

    /// <summary>Whether an error (damage) was reported.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Reports a tolerated deviation (an error under strict compliance).</summary>
    public void Warn(string code, string message, long offset) =>
        Add(_strict ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, code, message, offset);

    /// <summary>Reports damage: something repaired, guessed or dropped.</summary>
    public void Error(string code, string message, long offset) => Add(DiagnosticSeverity.Error, code, message, offset);

    private void Add(DiagnosticSeverity severity, string code, string message, long offset)
    {
        HasErrors |= severity == DiagnosticSeverity.Error;
        if (_items.Count < _cap)
        {
            _items.Add(new Diagnostic(severity, code, message, _file, offset));
            return;
        }

        if (Suppressed++ == 0)
        {
            _items.Add(new Diagnostic(DiagnosticSeverity.Warning, ExportDiagnosticCodes.DiagnosticsSuppressed,
                $"More than {_cap} diagnostics; later ones are suppressed.", _file, offset));
        }
    }
}
