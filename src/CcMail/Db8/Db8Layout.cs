namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>The file names, record tags and fixed offsets of this project's DB8 layout (docs/formats/db8.md), for tools that place faults at exact bytes.</summary>
public static class Db8Layout
{
    /// <summary>The version file (name from KB Q170011): a file header and one <c>VERS</c> record.</summary>
    public const string VersionFile = "CCVER.TB";

    /// <summary>The post office file whose presence marks a post office (KB Q170011): the <c>POHD</c> header and the <c>MBOX</c> mailbox records.</summary>
    public const string MailboxFile = "CCPOMBOX.000";

    /// <summary>The post office directory file (name from KB Q170011): one <c>DENT</c> record per entry.</summary>
    public const string DirectoryFile = "CCPODD.00";

    /// <summary>The message store (name from KB Q170011): one <c>CMSG</c> record per message, mailbox after mailbox.</summary>
    public const string StoreFile = "CCPOMS";

    /// <summary>The post office index (name from KB Q179072): one fixed-size <c>IENT</c> record per message.</summary>
    public const string IndexFile = "CLANDATA";

    /// <summary>The completion record (name from KB Q170011): counts and file sizes written last.</summary>
    public const string CheckFile = "NFTCHECK";

    /// <summary>The tag of the record that opens every file.</summary>
    public const string FileHeaderTag = "DB8F";

    /// <summary>The tag of the version record in <see cref="VersionFile"/>.</summary>
    public const string VersionTag = "VERS";

    /// <summary>The tag of the post office header record.</summary>
    public const string PostOfficeTag = "POHD";

    /// <summary>The tag of a mailbox record.</summary>
    public const string MailboxTag = "MBOX";

    /// <summary>The tag of a directory entry record.</summary>
    public const string DirectoryEntryTag = "DENT";

    /// <summary>The tag of a message record.</summary>
    public const string MessageTag = "CMSG";

    /// <summary>The tag of an index entry record.</summary>
    public const string IndexEntryTag = "IENT";

    /// <summary>The tag of the completion record.</summary>
    public const string CheckTag = "CHCK";

    /// <summary>The size of the header every record starts with.</summary>
    public const int RecordHeaderSize = 24;

    /// <summary>Where a record header's u32 record length sits, from the record's first byte.</summary>
    public const int LengthFieldOffset = 4;

    /// <summary>Where a record header's first key (a mailbox id for messages and index entries) sits.</summary>
    public const int Key1FieldOffset = 8;

    /// <summary>Where a record header's second key (a message index for messages and index entries) sits.</summary>
    public const int Key2FieldOffset = 12;

    /// <summary>Where a record header's CRC-32 of the body sits.</summary>
    public const int BodyCrcFieldOffset = 16;

    /// <summary>Where a record header's CRC-32 of its own first 20 bytes sits.</summary>
    public const int HeaderCrcFieldOffset = 20;

    /// <summary>The size of the file header record that opens every file, so the first content record starts here.</summary>
    public const int FileHeaderSize = 32;

    /// <summary>The size of one index entry record in <see cref="IndexFile"/>.</summary>
    public const int IndexEntrySize = 40;

    /// <summary>Where an index entry's u32 message record length sits, from the entry's first byte.</summary>
    public const int IndexEntryLengthFieldOffset = 28;

    /// <summary>Where an index entry's u64 message record offset sits, from the entry's first byte.</summary>
    public const int IndexEntryOffsetFieldOffset = 32;

    /// <summary>The database generation <see cref="VersionFile"/> names.</summary>
    public const ushort DatabaseGeneration = 8;

    /// <summary>The layout's major version; readers refuse other majors.</summary>
    public const ushort FormatMajor = 1;

    /// <summary>The layout's minor version.</summary>
    public const ushort FormatMinor = 0;

    /// <summary>How deeply forwarded messages may nest inside one message record.</summary>
    public const int MaxNestingDepth = 32;
}
