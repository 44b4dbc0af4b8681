using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.Migrator.Sources;

/// <summary>Where messages are migrated from: a DB8 post office, an export file or an in-memory post office.</summary>
/// <remarks><see cref="ReadMessages"/> may be called for different mailboxes on different threads at once.</remarks>
public interface IMigrationSource : IDisposable
{
    /// <summary>The report's <c>sourceKind</c>: <c>db8</c>, <c>export</c> or <c>memory</c>.</summary>
    string Kind { get; }

    /// <summary>The source as the report names it (the path given).</summary>
    string Description { get; }

    /// <summary>The post office's name, code page and time zone (its Mailboxes list left empty).</summary>
    PostOffice PostOffice { get; }

    /// <summary>The mailboxes in source order.</summary>
    IReadOnlyList<SourceMailbox> Mailboxes { get; }

    /// <summary>Mailboxes a witness says exist but whose messages could not be found at all (report <c>lost</c>; the run exits 1).</summary>
    IReadOnlyList<LostMailbox> LostMailboxes { get; }

    /// <summary>Problems found outside any one message (available after the mailboxes have been read).</summary>
    IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The message records of <paramref name="mailbox"/> in source order, each with its 1-based index.</summary>
    IEnumerable<MessageRecord> ReadMessages(SourceMailbox mailbox);

    /// <summary>The source file name as reports and headers show it (relative to the source), for a location's file.</summary>
    string RelativeFile(string file);
}
