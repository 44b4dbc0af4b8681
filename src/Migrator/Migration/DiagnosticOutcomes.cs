using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Migrator.Conversion;

namespace MailMig.Fidelity.Migrator.Migration;

/*
 * The readers report what they recovered or lost as diagnostics on each record; the migrator turns the ones
 * a user would care about into repairs and skip reasons keyed by diagnostic code (docs/migrator.md lists them).
 */

/// <summary>Maps reader diagnostics on a record to repair ids and skip reasons.</summary>
public static class DiagnosticOutcomes
{
    /// <summary>Diagnostic codes that mean a repair, and the repair each means.</summary>
    public static IReadOnlyDictionary<string, string> Repairs { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["db8.length-from-index"] = RepairIds.Db8LengthFromIndex,
        ["db8.dangling-offset"] = RepairIds.Db8RecordFoundByWalk,
        [Sources.UnreadableItems.Code] = RepairIds.AttachmentUnreadable,
        [ExportDiagnosticCodes.HeaderTruncated] = RepairIds.HeaderTruncated,
        [ExportDiagnosticCodes.HeaderTooLarge] = RepairIds.HeaderTruncated,
        [ExportDiagnosticCodes.NestingTooDeep] = RepairIds.NestedAsAttachment,
    };

    /// <summary>Warning codes that change what the output holds (a time zone or code page assumed), shown in the console summary with every error.</summary>
    public static IReadOnlySet<string> ResultChangingWarnings { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Sources.ExportSource.TimeZoneAssumedCode, ExportDiagnosticCodes.CodePageUnsupported,
    };

    /// <summary>Diagnostic codes whose message becomes a detail of the repair (what was cut, and how long it was).</summary>
    public static IReadOnlySet<string> Detailed { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        ExportDiagnosticCodes.HeaderTruncated, ExportDiagnosticCodes.HeaderTooLarge, ExportDiagnosticCodes.NestingTooDeep,
    };

    /// <summary>Diagnostic codes that, on a record with no message, name the skip reason.</summary>
    public static IReadOnlyDictionary<string, string> SkipReasons { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["db8.truncated"] = Conversion.SkipReasons.Db8Truncated,
    };

    /// <summary>The repairs the reader's diagnostics on <paramref name="record"/> mean, in diagnostic order.</summary>
    public static IReadOnlyList<string> RepairsOf(MessageRecord record)
    {
        List<string>? repairs = null;
        foreach (var diagnostic in record.Diagnostics)
        {
            if (Repairs.TryGetValue(diagnostic.Code, out var repair) && repairs?.Contains(repair) != true)
            {
                (repairs ??= []).Add(repair);
            }
        }

        return repairs ?? (IReadOnlyList<string>)[];
    }

    /// <summary>The details of the repairs <paramref name="record"/>'s diagnostics mean (null when none has any).</summary>
    public static IReadOnlyList<string>? DetailsOf(MessageRecord record)
    {
        List<string>? details = null;
        foreach (var diagnostic in record.Diagnostics)
        {
            if (Detailed.Contains(diagnostic.Code))
            {
                (details ??= []).Add(diagnostic.Message);
            }
        }

        return details;
    }

    /// <summary>The skip reason and detail of an unreadable record.</summary>
    public static (string Reason, string Detail) SkipOf(MessageRecord record)
    {
        foreach (var diagnostic in record.Diagnostics)
        {
            if (SkipReasons.TryGetValue(diagnostic.Code, out var reason))
            {
                return (reason, diagnostic.Message);
            }
        }

        var first = record.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) ?? record.Diagnostics.FirstOrDefault();
        return (Conversion.SkipReasons.SourceUnreadable, first is null ? "nothing of the message could be read" : $"{first.Code}: {first.Message}");
    }
}
