namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>The fields the ground-truth check compares, and the class of loss each stands for.</summary>
public static class TruthField
{
    /// <summary>The whole message: missing, skipped where it should be migrated, or unexpected.</summary>
    public const string Message = "message";

    /// <summary>The message could not be read as the output contract says.</summary>
    public const string Malformed = "malformed";

    /// <summary>The sender (From).</summary>
    public const string Sender = "sender";

    /// <summary>The To, Cc and Bcc recipients, each with its type.</summary>
    public const string Recipients = "recipients";

    /// <summary>The subject.</summary>
    public const string Subject = "subject";

    /// <summary>The date (UTC instant and local clock time).</summary>
    public const string Date = "date";

    /// <summary>The body text.</summary>
    public const string Body = "body";

    /// <summary>The attachments: name, size, SHA-256 and date.</summary>
    public const string Attachments = "attachments";

    /// <summary>The forwarded messages (their presence; their fields are compared under the other names).</summary>
    public const string Forwarded = "forwarded";

    /// <summary>The folder (header and place in the output tree).</summary>
    public const string Folder = "folder";

    /// <summary>The read state.</summary>
    public const string Read = "read";

    /// <summary>The priority.</summary>
    public const string Priority = "priority";

    /// <summary>The return-receipt request.</summary>
    public const string Receipt = "receipt";

    /// <summary>Migrated, repaired or skipped, against the manifest's outcome.</summary>
    public const string Outcome = "outcome";

    /// <summary>The repair ids reported.</summary>
    public const string Repairs = "repairs";

    /// <summary>A contact of a personal address book (missing, or unexpected such as a blank one).</summary>
    public const string Contact = "contact";

    /// <summary>A personal mailing list as a whole (its group missing or unexpected).</summary>
    public const string MailingList = "mailing-list";

    /// <summary>One member of a personal mailing list (missing, empty or different).</summary>
    public const string ListMember = "list-member";

    /// <summary>The fields counted per compared message in the fidelity tallies, in report order.</summary>
    public static IReadOnlyList<string> Tallied { get; } =
        [Sender, Recipients, Subject, Date, Body, Attachments, Forwarded, Folder, Read, Priority, Receipt, Repairs];

    /// <summary>The tallied field a <see cref="Output.CarriedAspect"/> belongs to, and whether not carrying it leaves nothing of that field to compare.</summary>
    public static (string Field, bool Whole) OfAspect(string aspect) => aspect switch
    {
        Output.CarriedAspect.DateLocalTime => (Date, false),
        Output.CarriedAspect.AttachmentDates => (Attachments, false),
        Output.CarriedAspect.Receipt => (Receipt, true),
        _ => (aspect, false),
    };

    /// <summary>The class of loss a difference in <paramref name="field"/> is.</summary>
    public static DifferenceClass ClassOf(string field) => field switch
    {
        Folder or Read or Priority or Receipt => DifferenceClass.Metadata,
        Outcome or Repairs => DifferenceClass.Report,
        _ => DifferenceClass.UserData,
    };
}
