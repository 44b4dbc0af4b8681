namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>The stable diagnostic codes the DB8 reader reports (docs/formats/db8.md, "Recovery policy").</summary>
public static class Db8DiagnosticCodes
{
    /// <summary>A message record's header check failed; its length was taken from its index entry and the message is intact.</summary>
    public const string LengthFromIndex = "db8.length-from-index";

    /// <summary>An index entry's length disagrees with the intact record it points at; the record's length wins and the message is intact.</summary>
    public const string BadLength = "db8.bad-length";

    /// <summary>An index entry could not be used (damaged, past the end, or not at its message's record); the sequential walk was used.</summary>
    public const string DanglingOffset = "db8.dangling-offset";

    /// <summary>Damaged bytes were skipped by scanning for the next valid record header.</summary>
    public const string Resync = "db8.resync";

    /// <summary>A file ends before a record does, or before the size the completion record gives.</summary>
    public const string Truncated = "db8.truncated";

    /// <summary>A record's body does not match its CRC-32; the record is dropped.</summary>
    public const string BadChecksum = "db8.bad-checksum";

    /// <summary>A record's body matches its CRC-32 but cannot be decoded.</summary>
    public const string BadPayload = "db8.bad-payload";

    /// <summary>No record of a message the index lists was found anywhere it could be.</summary>
    public const string Missing = "db8.missing";

    /// <summary>A message item of an unknown kind was skipped.</summary>
    public const string UnknownItem = "db8.unknown-item";

    /// <summary>A file's opening file header record is missing or wrong.</summary>
    public const string BadFileHeader = "db8.bad-file-header";

    /// <summary>A store file is missing.</summary>
    public const string MissingFile = "db8.missing-file";

    /// <summary>The completion record is missing: the writer did not finish.</summary>
    public const string Incomplete = "db8.incomplete";

    /// <summary>A file is longer than the completion record says.</summary>
    public const string SizeMismatch = "db8.size-mismatch";

    /// <summary>Two mailbox records carry the same mailbox id; the later one is ignored.</summary>
    public const string DuplicateMailbox = "db8.duplicate-mailbox";

    /// <summary>The version record is missing or damaged; the store was read as generation 8 because the other files say so.</summary>
    public const string VersionDamaged = "db8.version-damaged";

    /// <summary>The post office header is damaged; its code page, name and time zone came from other witnesses or the documented defaults.</summary>
    public const string PostOfficeHeaderDamaged = "db8.post-office-header-damaged";

    /// <summary>A mailbox the mailbox list does not hold was recovered from the index and the message records.</summary>
    public const string MailboxRecovered = "db8.mailbox-recovered";

    /// <summary>A mailbox a witness names could not be found at all.</summary>
    public const string MailboxLost = "db8.mailbox-lost";

    /// <summary>The witnesses disagree about how many messages or mailboxes the store holds.</summary>
    public const string CountMismatch = "db8.count-mismatch";

    /// <summary>A metadata file (version, directory, completion record) is damaged; the reader went on with what the rest says.</summary>
    public const string MetadataDamaged = "db8.metadata-damaged";

    /// <summary>The DB8 exporter could not write a readable message as export text without changing it.</summary>
    public const string ExportRefused = "db8.export-refused";
}
