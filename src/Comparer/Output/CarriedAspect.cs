namespace MailMig.Fidelity.Comparer.Output;

/*
 * Names of the parts of a message an output format may be unable to carry. A format lists the ones
 * it cannot carry (IOutputFormat.NotCarried); the ground-truth check then skips exactly those
 * comparisons and counts them as "not carried" instead of as differences (docs/comparer.md).
 */

/// <summary>The names of message aspects an output format may declare it cannot carry.</summary>
public static class CarriedAspect
{
    /// <summary>The date's original local clock time and offset (the UTC instant is still compared).</summary>
    public const string DateLocalTime = "date-local-time";

    /// <summary>The attachments' modification dates (name, size and SHA-256 are still compared).</summary>
    public const string AttachmentDates = "attachment-dates";

    /// <summary>The return-receipt request (<c>Disposition-Notification-To</c>).</summary>
    public const string Receipt = "receipt";
}
