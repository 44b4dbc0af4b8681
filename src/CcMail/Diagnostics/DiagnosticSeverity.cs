namespace MailMig.Fidelity.CcMail.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Questionable but read as meant (a stray comma, a size of spaces).</summary>
    Warning,

    /// <summary>Damage: something was repaired, guessed or dropped.</summary>
    Error,
}
