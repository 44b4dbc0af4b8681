using static MailMig.Fidelity.Generator.Faults.FaultIds;

namespace MailMig.Fidelity.Generator.Faults;

/// <summary>The code twin of docs/fault-catalog.md: every fault the generator can inject, in the table's order.</summary>
/// <remarks>
/// A test parses the markdown table and checks ids, KB articles, where and outcomes agree with this list.
/// Conflict groups keep faults that set the same value (the From line, the date, the size field, the DB8
/// record) off one message, so a fault recorded in the manifest is always the one visible in the bytes.
/// </remarks>
public static class FaultCatalog
{
    private static readonly Dictionary<string, FaultDescriptor> ById;

    static FaultCatalog()
    {
        var rows = new List<FaultDescriptor>();
        void Add(string id, string kb, FaultWhere where, FaultScope scope, string summary, FaultOutcome outcome = FaultOutcome.Migrated,
            string? result = null, string conflict = "", int targets = 1, bool? dbcs = null, bool dst = false, bool inAll = true) =>
            rows.Add(new FaultDescriptor(id, rows.Count, kb.Length == 0 ? [] : kb.Split(", "), where, scope, outcome, result, summary)
            { ConflictGroup = conflict, TargetCount = targets, NeedsDbcs = dbcs, NeedsDst = dst, InAll = inAll });

        const FaultWhere M = FaultWhere.Model, E = FaultWhere.Export, D = FaultWhere.Db8;
        const FaultScope Ev = FaultScope.Event, Co = FaultScope.Copy, Mb = FaultScope.Mailbox;

        Add(AttmailAddress, "Q197114", M, Ev, "an ATTMAIL address in From, To, Cc, Bcc or RRT, in one of eight spellings and three letter cases", conflict: "from");
        Add(MixedAddressTypes, "Q197114", M, Ev, "recipients of every address type in one message");
        Add(MissingPostOffice, "Q241553", M, Ev, "a local recipient written as a name alone");
        Add(QuotedPostOffice, "Q154099", M, Ev, "a post office name containing a comma or ' at ', written in quotes");
        Add(QuoteInName, "Q154099", M, Ev, "a name containing a double quote, written doubled inside quotes");
        Add(StrayLeadingComma, "Q179677", M, Ev, "a sender ',User [SMTP:user@domain] at site'", conflict: "from");
        Add(LongAddress, "Q137394", M, Ev, "an address line over 126 characters");
        Add(DuplicateDirectoryNames, "Q194218, Q200564, Q234665", M, Ev, "two directory entries with one name at different post offices, both sending mail", conflict: "from", targets: 2);
        Add(InvalidDate, "Q233325", M, Ev, "an impossible date such as 2/31/99", FaultOutcome.Repaired, "date-invalid-clamped", conflict: "date");
        Add(TwoDigitYear2000, "Q193745, Q192595", M, Ev, "a two-digit year 00-49", conflict: "date");
        Add(DstChange, "Q281734", M, Ev, "a date in the hour after a DST change (spring and autumn)", conflict: "date", targets: 2, dst: true);
        Add(DateFormats, "Q180641", M, Ev, "a date as M/D/YY, MM/DD/YYYY, with '-', 24-hour or with seconds", conflict: "date", targets: 5);
        Add(SizeSpaces, "Q287056", E, Co, "the Message: size written as spaces", conflict: "size");
        Add(SizeWrong, "Q287056", E, Co, "a wrong Message: size", conflict: "size");
        Add(UnexpectedToken, "Q184391", E, Co, "a garbage line '6' before the message's block");
        Add(BinaryTokenLookalike, "Q233054", M, Ev, "an attachment whose bytes contain Message:, From: and CR LF lines");
        Add(ReturnReceipt, "Q262989", M, Ev, "an RRT: return-receipt request", conflict: "rrt");
        Add(AttachmentDateMdyy, "Q186216", M, Ev, "a File item date written M/D/YY");
        Add(AttachmentDateDashes, "Q192700", M, Ev, "a File item date written with '-'");
        Add(UnknownKeyword, "Q184391", E, Co, "an unknown header line 'Sensitivity: Private'");
        Add(LfOnlyLines, "Q184391", E, Mb, "the mailbox's export file written with LF line ends");
        Add(ContentsCountWrong, "", E, Co, "a Contents: count that disagrees with the items");
        Add(HexAttachment, "", E, Co, "binary items written as hex (/FILES/HEX)");
        Add(LongHeader4K, "Q266711", M, Ev, "a header section over 4 KB", conflict: "header-size");
        Add(LongHeader160K, "Q266711, Q166499", M, Ev, "a header section just under 160 KB", conflict: "header-size");
        Add(AttachmentUnreadable, "Q238784", E, Co, "a hex File item whose data holds non-hex characters", FaultOutcome.Repaired, "attachment-unreadable");
        Add(AttachmentOddType, "Q167024", M, Ev, "attachments with no extension, .exe, .lnk and zero bytes");
        Add(AttachmentNameUnicode, "Q237886", M, Ev, "attachment names with spaces, code page letters and over 64 characters");
        Add(AttachmentPathTraversal, "", M, Ev, "attachment names ..\\..\\WINDOWS\\win.ini and ../../etc/passwd", FaultOutcome.Repaired, "attachment-name-made-safe");
        Add(AttachmentReservedName, "", M, Ev, "attachment names CON, NUL.TXT, com1.doc", FaultOutcome.Repaired, "attachment-name-made-safe");
        Add(BodyExactText, "Q181130", M, Ev, "a body with no final line break, trailing spaces and a tab", conflict: "body");
        Add(BccSenderCopy, "Q181125", M, Ev, "Bcc recipients in the sender's Message Log copy");
        Add(ReadStatus, "Q280071", M, Co, "read and unread messages in the same folder");
        Add(EmptySystemFolder, "Q174255", M, Mb, "empty Drafts, Trash and user folders");
        Add(ForwardedNested, "", M, Ev, "forwarded messages nested three deep, with attachments");
        Add(Cp850HighChars, "Q255882", M, Ev, "names, subjects and bodies with code page 850 high characters", conflict: "subject", dbcs: false);
        Add(Dbcs5CSubject, "Q198861, Q279175", M, Ev, "cp932 subjects and names whose trail bytes are 0x5C, 0x5B or 0x5D", conflict: "subject", dbcs: true);
        Add(Db8CorruptLength, "", D, Co, "a message record's length field overwritten", FaultOutcome.Repaired, "db8-length-from-index", conflict: "db8");
        Add(Db8DanglingOffset, "", D, Co, "an index entry pointing past the end of the store", FaultOutcome.Repaired, "db8-record-found-by-walk", conflict: "db8");
        Add(Db8Truncated, "", D, Co, "the store cut in the middle of the mailbox's last message record", FaultOutcome.Skipped, "db8-truncated", conflict: "db8");
        Add(Db8MailboxListDamaged, "", D, Mb, "three flipped bytes in one mailbox's MBOX record in the mailbox list (CCPOMBOX.000)", inAll: false);
        Add(Db8VersionDamaged, "", D, Mb, "one flipped byte in the version record (CCVER.TB); recorded on one mailbox, it damages the whole store", inAll: false);

        All = rows;
        ById = rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    /// <summary>Every fault, in the order of docs/fault-catalog.md.</summary>
    public static IReadOnlyList<FaultDescriptor> All { get; }

    /// <summary>The fault with catalog id <paramref name="id"/>, or null.</summary>
    public static FaultDescriptor? Find(string id) => ById.GetValueOrDefault(id);

    /// <summary>The fault with catalog id <paramref name="id"/>; throws when there is none.</summary>
    public static FaultDescriptor Get(string id) =>
        Find(id) ?? throw new ArgumentException($"unknown fault id '{id}'", nameof(id));
}
