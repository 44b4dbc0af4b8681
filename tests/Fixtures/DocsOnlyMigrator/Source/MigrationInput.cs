// Why: the two source formats (export.md, db8.md) differ in where the mailbox name, the post
// office, the time zone and the X-MailMig-Source file come from; this is the one shape both give.
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Source;

/// <summary>An opened source: a DB8 post office or one export file.</summary>
public abstract class MigrationInput : IDisposable
{
    /// <summary>The report's <c>sourceKind</c>: <c>db8</c> or <c>export</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>The post office name (null when an export file names none).</summary>
    public abstract string? PostOffice { get; }

    /// <summary>The time zone local times are in.</summary>
    public abstract TimeZoneInfo Zone { get; }

    /// <summary>The mailboxes in source order.</summary>
    public abstract IReadOnlyList<InputMailbox> Mailboxes { get; }

    /// <summary>Problems found outside any one message (read after the mailboxes).</summary>
    public abstract IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The file part of <c>X-MailMig-Source</c> for <paramref name="record"/>.</summary>
    public abstract string SourceFile(MessageRecord record);

    /// <summary>The items of <paramref name="record"/> whose bytes could not be read and are left out.</summary>
    public abstract ISet<CcItem> UnreadableItems(MessageRecord record);

    /// <inheritdoc/>
    public abstract void Dispose();
}
