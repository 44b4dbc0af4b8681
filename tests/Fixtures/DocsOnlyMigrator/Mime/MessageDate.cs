// Why: output.md "Dates" decides the written Date of a message and of an attachment from the
// reader's parsed date, a lenient second reading, or the DOS-epoch fallback.
using MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Dates;

namespace MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Mime;

/// <summary>Turns source dates into written dates, recording the repairs a message date needs.</summary>
public sealed class MessageDate(ZonedDate zone)
{
    /// <summary>The DOS epoch written when no date can be read.</summary>
    public static readonly DateTimeOffset Fallback = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The written date of a message, adding <c>date-*</c> repairs to <paramref name="repairs"/>.</summary>
    public DateTimeOffset ForMessage(DateTime? parsed, string? text, RepairList repairs)
    {
        var local = parsed;
        if (local is null)
        {
            local = LenientDate.Read(text, out var clamped);
            if (local is null)
            {
                repairs.Add("date-unreadable");
                return Fallback;
            }

            if (clamped)
            {
                repairs.Add("date-invalid-clamped");
            }
        }

        var placed = zone.Place(local.Value, out var inGap);
        if (inGap)
        {
            repairs.Add("date-in-dst-gap");
        }

        return placed;
    }

    /// <summary>The modification date of a File item, or null when it has none that can be read; never a repair.</summary>
    public DateTimeOffset? ForAttachment(DateTime? parsed, string? text)
    {
        var local = parsed ?? LenientDate.Read(text, out _);
        return local is null ? null : zone.Place(local.Value, out _);
    }
}
