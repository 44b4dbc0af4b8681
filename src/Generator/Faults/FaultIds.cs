namespace MailMig.Fidelity.Generator.Faults;

/// <summary>The catalog ids as constants (docs/fault-catalog.md), so code that injects a fault names it without typos.</summary>
public static class FaultIds
{
#pragma warning disable CS1591 // each constant is its own catalog id; the catalog row documents it
    public const string AttmailAddress = "attmail-address";
    public const string MixedAddressTypes = "mixed-address-types";
    public const string MissingPostOffice = "missing-post-office";
    public const string QuotedPostOffice = "quoted-post-office";
    public const string QuoteInName = "quote-in-name";
    public const string StrayLeadingComma = "stray-leading-comma";
    public const string LongAddress = "long-address";
    public const string DuplicateDirectoryNames = "duplicate-directory-names";
    public const string InvalidDate = "invalid-date";
    public const string TwoDigitYear2000 = "two-digit-year-2000";
    public const string DstChange = "dst-change";
    public const string DateFormats = "date-formats";
    public const string SizeSpaces = "size-spaces";
    public const string SizeWrong = "size-wrong";
    public const string UnexpectedToken = "unexpected-token";
    public const string BinaryTokenLookalike = "binary-token-lookalike";
    public const string ReturnReceipt = "return-receipt";
    public const string AttachmentDateMdyy = "attachment-date-mdyy";
    public const string AttachmentDateDashes = "attachment-date-dashes";
    public const string UnknownKeyword = "unknown-keyword";
    public const string LfOnlyLines = "lf-only-lines";
    public const string ContentsCountWrong = "contents-count-wrong";
    public const string HexAttachment = "hex-attachment";
    public const string LongHeader4K = "long-header-4k";
    public const string LongHeader160K = "long-header-160k";
    public const string AttachmentUnreadable = "attachment-unreadable";
    public const string AttachmentOddType = "attachment-odd-type";
    public const string AttachmentNameUnicode = "attachment-name-unicode";
    public const string AttachmentPathTraversal = "attachment-path-traversal";
    public const string AttachmentReservedName = "attachment-reserved-name";
    public const string BodyExactText = "body-exact-text";
    public const string BccSenderCopy = "bcc-sender-copy";
    public const string ReadStatus = "read-status";
    public const string EmptySystemFolder = "empty-system-folder";
    public const string ForwardedNested = "forwarded-nested";
    public const string Cp850HighChars = "cp850-high-chars";
    public const string Dbcs5CSubject = "dbcs-5c-subject";
    public const string Db8CorruptLength = "db8-corrupt-length";
    public const string Db8DanglingOffset = "db8-dangling-offset";
    public const string Db8Truncated = "db8-truncated";
    public const string Db8MailboxListDamaged = "db8-mailbox-list-damaged";
    public const string Db8VersionDamaged = "db8-version-damaged";
#pragma warning restore CS1591
}
