using MailMig.Fidelity.CcMail.Diagnostics;

namespace MailMig.Fidelity.Migrator.Migration;

/// <summary>What became of one mailbox's messages, collected while it is migrated.</summary>
public sealed class MailboxOutcome
{
    /// <summary>Creates the outcome of <paramref name="name"/> written under <paramref name="path"/>.</summary>
    public MailboxOutcome(string name, string path)
    {
        Name = name;
        Path = path;
    }

    /// <summary>The mailbox name.</summary>
    public string Name { get; }

    /// <summary>Its path segment under the output root.</summary>
    public string Path { get; }

    /// <summary>Messages migrated intact.</summary>
    public int Migrated { get; set; }

    /// <summary>Messages migrated with repairs.</summary>
    public List<RepairedMessage> Repaired { get; } = [];

    /// <summary>Messages skipped.</summary>
    public List<SkippedMessage> Skipped { get; } = [];

    /// <summary>Problems with the mailbox outside any one message.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Every message accounted for.</summary>
    public int Source => Migrated + Repaired.Count + Skipped.Count;

    /// <summary>The report line of this mailbox.</summary>
    public MailboxReport ToReport() => new(Name, Path, Source, Migrated, Repaired.Count, Skipped.Count);
}
