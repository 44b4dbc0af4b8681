using System.Text.Json.Serialization;

namespace MailMig.Fidelity.Migrator.Migration;

/// <summary>A message migrated with repairs, or a run of consecutive messages with the same repairs and details.</summary>
/// <param name="Mailbox">The mailbox name.</param>
/// <param name="Index">The 1-based source index (the first of a run).</param>
/// <param name="Repairs">The repair ids, in the order applied.</param>
/// <param name="Location">Where it (the first of a run) was read.</param>
/// <param name="Details">What the repairs changed, in words (field and original length of a truncated header), or null.</param>
/// <param name="Through">The last index of a run, or null for one message.</param>
public sealed record RepairedMessage(string Mailbox, int Index, IReadOnlyList<string> Repairs, ReportLocation Location,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Details = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Through = null)
{
    /// <summary>How many messages the entry stands for.</summary>
    [JsonIgnore]
    public int Count => (Through ?? Index) - Index + 1;
}
