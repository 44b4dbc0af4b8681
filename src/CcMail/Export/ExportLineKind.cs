namespace MailMig.Fidelity.CcMail.Export;

/// <summary>What a line is, judged by its first bytes.</summary>
internal enum ExportLineKind
{
    /// <summary>No input left (or the enclosing item's end).</summary>
    End,

    /// <summary>An empty line.</summary>
    Blank,

    /// <summary>A line starting with a space or tab: a header continuation.</summary>
    Continuation,

    /// <summary><c>Message:</c> at column 0.</summary>
    Message,

    /// <summary><c>Contents:</c> at column 0.</summary>
    Contents,

    /// <summary>An item line, <c>... item:</c>.</summary>
    Item,

    /// <summary>Anything else: a header line or garbage.</summary>
    Other,

    /// <summary><c>Bulletin board:</c> at column 0: a bulletin-board block (docs/formats/export.md, "Personal data").</summary>
    BulletinBoard,

    /// <summary><c>Mailing list:</c> at column 0: a personal mailing list block.</summary>
    MailingList,

    /// <summary><c>Address book:</c> at column 0: a personal address book block.</summary>
    AddressBook,
}
