using System.Text.Json.Serialization;

namespace MailMig.Fidelity.Migrator.Migration;

/// <summary>A message that was not migrated, or a run of consecutive messages skipped for the same reason and detail.</summary>
/// <param name="Mailbox">The mailbox name.</param>
/// <param name="Index">The 1-based source index (the first of a run).</param>
/// <param name="Reason">The skip reason id.</param>
/// <param name="Detail">A sentence saying what was wrong.</param>
/// <param name="Location">Where it (the first of a run) was, or would have been, read.</param>
/// <param name="Through">The last index of a run, or null for one message.</param>
public sealed record SkippedMessage(string Mailbox, int Index, string Reason, string Detail, ReportLocation Location,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Through = null)
{
    /// <summary>How many messages the entry stands for.</summary>
    [JsonIgnore]
    public int Count => (Through ?? Index) - Index + 1;
}
