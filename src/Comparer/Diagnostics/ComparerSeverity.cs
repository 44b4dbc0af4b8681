namespace MailMig.Fidelity.Comparer.Diagnostics;

/// <summary>How serious a problem found while reading the Comparer's inputs is.</summary>
public enum ComparerSeverity
{
    /// <summary>Worth knowing; the input was read as intended.</summary>
    Info,

    /// <summary>Something was tolerated; the result may be less precise.</summary>
    Warning,

    /// <summary>The input could not be read as documented; the run cannot be trusted.</summary>
    Error,
}
