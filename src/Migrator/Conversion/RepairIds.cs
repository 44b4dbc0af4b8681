namespace MailMig.Fidelity.Migrator.Conversion;

/// <summary>The repair ids a migrated message can carry (docs/fault-catalog.md, docs/migrator.md).</summary>
public static class RepairIds
{
    /// <summary>An impossible date whose day was clamped to the month's last day, time kept.</summary>
    public const string DateInvalidClamped = "date-invalid-clamped";

    /// <summary>A local time in the spring-forward gap, shifted forward by the gap.</summary>
    public const string DateInDstGap = "date-in-dst-gap";

    /// <summary>A date that is missing or cannot be read at all; the documented fallback date is written.</summary>
    public const string DateUnreadable = "date-unreadable";

    /// <summary>An attachment name with path segments, a reserved device name or nothing usable, made safe.</summary>
    public const string AttachmentNameMadeSafe = "attachment-name-made-safe";

    /// <summary>An attachment whose bytes could not be read; left out of the message.</summary>
    public const string AttachmentUnreadable = "attachment-unreadable";

    /// <summary>A DB8 record whose length field was wrong; the index's length was used.</summary>
    public const string Db8LengthFromIndex = "db8-length-from-index";

    /// <summary>A DB8 record whose index entry dangled; the sequential walk found it.</summary>
    public const string Db8RecordFoundByWalk = "db8-record-found-by-walk";

    /// <summary>A header line longer than the reader's limit, kept up to the limit (or header lines past the header section's limit, left out).</summary>
    public const string HeaderTruncated = "header-truncated";

    /// <summary>Forwarded messages nested past the reader's limit, kept as the bytes of the deeper levels in an <c>application/octet-stream</c> attachment <c>nested-N.eml</c>.</summary>
    public const string NestedAsAttachment = "nested-as-attachment";
}
