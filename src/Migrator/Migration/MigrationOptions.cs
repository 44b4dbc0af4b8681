using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;
using MailMig.Fidelity.Migrator.Addresses;
using MailMig.Fidelity.Migrator.Output;

namespace MailMig.Fidelity.Migrator.Migration;

/// <summary>What a migration writes, where, and how it maps addresses and dates.</summary>
public sealed record MigrationOptions
{
    /// <summary>The output folder.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>The output format.</summary>
    public OutputTarget Target { get; init; } = OutputTarget.Eml;

    /// <summary>The server written to when <see cref="Target"/> is <see cref="OutputTarget.Imap"/> (the output folder then holds the report and the lock).</summary>
    public ImapEndpoint? Imap { get; init; }

    /// <summary>The IMCEA domain; null derives it from the post office name (<c>ferguson.ccmail.invalid</c>).</summary>
    public string? OrgDomain { get; init; }

    /// <summary>The native-name-to-SMTP table, or null for none.</summary>
    public AddressMappingTable? Mapping { get; init; }

    /// <summary>How date text the reader could not parse is read (must match the reader's options).</summary>
    public CcDateOptions Dates { get; init; } = CcDateOptions.Default;

    /// <summary>How long one message's conversion may take before it is abandoned and skipped.</summary>
    public TimeSpan WatchdogTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Migrate only this part of the mailboxes (path segments are still allocated over all of them), or null for all.</summary>
    public MailboxShard? Shard { get; init; }

    /// <summary>How many mailboxes are migrated at once, each converting up to twice this many messages at once; 1 is one thread (the output is the same at any value).</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The most diagnostics the report lists; the rest are counted in a final entry.</summary>
    public int MaxDiagnostics { get; init; } = 1000;

    /// <summary>Whether checkpoints force files to disk (fsync); turning it off trades crash safety for speed.</summary>
    public bool FlushToDisk { get; init; } = true;

    /// <summary>Called as messages are accounted for (often; keep it cheap).</summary>
    public Action<MigrationProgress>? Progress { get; init; }

    /// <summary>Called after each message is committed to the output, with the number committed so far in this run.</summary>
    public Action<long>? MessageCommitted { get; init; }

    /// <summary>Test hook: runs inside the watchdog before each conversion (to hang or throw on purpose).</summary>
    internal Action<string, CcMessage>? BeforeConvert { get; init; }
}
