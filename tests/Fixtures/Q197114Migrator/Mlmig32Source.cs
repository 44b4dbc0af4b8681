using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Migrator.Sources;

namespace MailMig.Fidelity.Fixtures.Q197114Migrator;

/// <summary>Our source with the Q197114 extractor bug: an ATTMAIL address in a header ends the process with an access violation.</summary>
internal sealed class Mlmig32Source(IMigrationSource inner) : IMigrationSource
{
    public string Kind => inner.Kind;

    public string Description => inner.Description;

    public PostOffice PostOffice => inner.PostOffice;

    public IReadOnlyList<SourceMailbox> Mailboxes => inner.Mailboxes;

    public IReadOnlyList<LostMailbox> LostMailboxes => inner.LostMailboxes;

    public IReadOnlyList<Diagnostic> Diagnostics => inner.Diagnostics;

    public IEnumerable<MessageRecord> ReadMessages(SourceMailbox mailbox)
    {
        foreach (var record in inner.ReadMessages(mailbox))
        {
            if (record.Message is { } message && HasAttmailHeader(message))
            {
                AccessViolation.ReadThroughInvalidPointer();
            }

            yield return record;
        }
    }

    public string RelativeFile(string file) => inner.RelativeFile(file);

    public void Dispose() => inner.Dispose();

    private static bool HasAttmailHeader(CcMessage message) =>
        new[] { message.From, message.ReturnReceiptTo }.Concat(message.To).Concat(message.Cc).Concat(message.Bcc)
            .Any(a => a?.Kind == AddressKind.Attmail);
}
