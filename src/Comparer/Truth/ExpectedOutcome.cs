namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>What a correct migrator must reach for a message, per the manifest.</summary>
public enum ExpectedOutcome
{
    /// <summary>Migrated intact.</summary>
    Migrated,

    /// <summary>Migrated, reporting the named repairs.</summary>
    Repaired,

    /// <summary>Skipped, reporting the named reason.</summary>
    Skipped,
}
