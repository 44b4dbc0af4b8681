using MailMig.Fidelity.Migrator.Addresses;

namespace MailMig.Fidelity.Migrator.Conversion;

/// <summary>What converting one message needs besides the message: where it came from and how to map its dates and addresses.</summary>
/// <param name="PostOffice">The post office name (part of the Message-ID key).</param>
/// <param name="Mailbox">The mailbox name.</param>
/// <param name="Index">The 1-based source index.</param>
/// <param name="Source">Where it was read, <c>file@offset</c>, for <c>X-MailMig-Source</c>.</param>
/// <param name="Addresses">The address mapper of the mailbox.</param>
/// <param name="Dates">The date converter of the post office.</param>
/// <param name="SourceRepairs">Repairs the reader already made (DB8 recoveries, unreadable attachments left out).</param>
public sealed record ConversionContext(
    string PostOffice,
    string Mailbox,
    int Index,
    string Source,
    AddressMapper Addresses,
    DateConverter Dates,
    IReadOnlyList<string> SourceRepairs);
