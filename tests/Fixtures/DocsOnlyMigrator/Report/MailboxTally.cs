namespace MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Report;

/// <summary>The counts of one mailbox.</summary>
public sealed class MailboxTally(string name, string path)
{
    /// <summary>The mailbox name.</summary>
    public string Name => name;

    /// <summary>Its path segment under the output root.</summary>
    public string Path => path;

    /// <summary>Messages migrated without repairs.</summary>
    public int Migrated { get; set; }

    /// <summary>Messages migrated with repairs.</summary>
    public int Repaired { get; set; }

    /// <summary>Messages skipped.</summary>
    public int Skipped { get; set; }

    /// <summary>Every source message of the mailbox.</summary>
    public int Source => Migrated + Repaired + Skipped;
}
