namespace MailMig.Fidelity.Generator.Faults;

/// <summary>What a correct migrator must reach for a message carrying a fault.</summary>
public enum FaultOutcome
{
    /// <summary>Migrated intact.</summary>
    Migrated,

    /// <summary>Migrated, reporting the named repair id.</summary>
    Repaired,

    /// <summary>Skipped, reporting the named reason.</summary>
    Skipped,
}
