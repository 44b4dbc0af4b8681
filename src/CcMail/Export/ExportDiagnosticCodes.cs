namespace MailMig.Fidelity.CcMail.Export;

/// <summary>The stable codes of the diagnostics the export reader reports (docs/formats/export.md describes each).</summary>
public static class ExportDiagnosticCodes
{
    /// <summary>A size field padded with spaces (tolerated).</summary>
    public const string SizePadded = "export.size-padded";

    /// <summary>A <c>Message:</c> size written as spaces only (KB Q287056).</summary>
    public const string SizeSpaces = "export.size-spaces";

    /// <summary>A <c>Message:</c> size that is not a number.</summary>
    public const string SizeInvalid = "export.size-invalid";

    /// <summary>A <c>Message:</c> size that disagrees with the block the items delimit.</summary>
    public const string SizeMismatch = "export.size-mismatch";

    /// <summary>Bytes that are not what the grammar expects there (damage between blocks, KB Q184391, or a stray line).</summary>
    public const string UnexpectedToken = "export.unexpected-token";

    /// <summary>A <c>Contents:</c> count that disagrees with the items present.</summary>
    public const string ContentsCount = "export.contents-count";

    /// <summary>A <c>Contents:</c> value that is not a number.</summary>
    public const string ContentsInvalid = "export.contents-invalid";

    /// <summary>Items that follow the header with no <c>Contents:</c> line.</summary>
    public const string ContentsMissing = "export.contents-missing";

    /// <summary>The input ends inside a block.</summary>
    public const string Truncated = "export.truncated";

    /// <summary>A <c>Message:</c> line with no readable header after it; nothing of the message was recovered.</summary>
    public const string BlockEmpty = "export.block-empty";

    /// <summary>A header section longer than the limit (KB Q266711); the lines beyond it are dropped.</summary>
    public const string HeaderTooLarge = "export.header-too-large";

    /// <summary>A header line longer than <see cref="ExportReaderOptions.MaxHeaderLineBytes"/>; its first bytes up to the limit are kept.</summary>
    public const string HeaderTruncated = "export.header-truncated";

    /// <summary>A second <c>From:</c>, <c>Date:</c>, <c>Subject:</c>... line, kept in the extra headers.</summary>
    public const string DuplicateHeader = "export.duplicate-header";

    /// <summary>A date that is not a valid date and time (e.g. 2/31/99, KB Q233325); the text is kept, the date is null.</summary>
    public const string DateInvalid = "export.date-invalid";

    /// <summary>A <c>Priority:</c> other than Low, Normal or Urgent; read as Normal, the text kept in the extra headers.</summary>
    public const string PriorityUnknown = "export.priority-unknown";

    /// <summary>A <c>Status:</c> other than Read or Unread; read as unread, the text kept in the extra headers.</summary>
    public const string StatusUnknown = "export.status-unknown";

    /// <summary>An address line with no address; kept in the extra headers.</summary>
    public const string AddressEmpty = "export.address-empty";

    /// <summary>An item line whose size is not a number.</summary>
    public const string ItemSizeInvalid = "export.item-size-invalid";

    /// <summary>An item whose data is not followed by a line break at its size; the data was delimited by the next item or block instead.</summary>
    public const string ItemSizeMismatch = "export.item-size-mismatch";

    /// <summary>An item larger than <see cref="ExportReaderOptions.MaxItemBytes"/>.</summary>
    public const string ItemTooLarge = "export.item-too-large";

    /// <summary>An item line of a type the grammar does not know; its data is dropped.</summary>
    public const string ItemUnknown = "export.item-unknown";

    /// <summary>A Text item whose size counts its LF line ends as one byte, not two.</summary>
    public const string TextSizeLf = "export.text-size-lf";

    /// <summary>A Message item whose size disagrees with the nested block; the nested block was read by its own items.</summary>
    public const string MessageItemSize = "export.message-item-size";

    /// <summary>Forwarded messages nested deeper than <see cref="ExportReaderOptions.MaxNesting"/>; the deeper levels are kept as bytes in a File item <c>nested-N.eml</c>.</summary>
    public const string NestingTooDeep = "export.nesting-too-deep";

    /// <summary>A nested Message item with no readable header; dropped.</summary>
    public const string MessageItemEmpty = "export.message-item-empty";

    /// <summary>A File item in MacBinary II (<c>/FILES/MACBIN2</c>) unwrapped to its data fork and original name.</summary>
    public const string MacBinaryUnwrapped = "export.macbinary-unwrapped";

    /// <summary>The last item's data ends the input with no line break after it.</summary>
    public const string MissingLineBreak = "export.missing-line-break";

    /// <summary>A <c>Codepage:</c> the reader does not support (or not a number); 850 is used.</summary>
    public const string CodePageUnsupported = "export.codepage-unsupported";

    /// <summary>The cap on diagnostics was reached; later ones are counted, not kept.</summary>
    public const string DiagnosticsSuppressed = "export.diagnostics-suppressed";

    /// <summary>A mailing list or address book block with no <c>Owner:</c>; the file's mailbox owns it.</summary>
    public const string OwnerMissing = "export.owner-missing";

    /// <summary>A bulletin board or mailing list block with no <c>Name:</c>; the board is named <c>bulletin-board-N</c>, the list is kept unnamed.</summary>
    public const string NameMissing = "export.name-missing";
}
