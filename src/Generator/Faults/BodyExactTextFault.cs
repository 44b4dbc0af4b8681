using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q181130: migrations added or lost line breaks, trailing spaces and tabs; not one character may change.
 */

/// <summary>A body with no final line break, trailing spaces and a tab (KB Q181130).</summary>
public sealed class BodyExactTextFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "body-exact-text";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 30, ["Q181130"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "a body with no final line break, trailing spaces and a tab")
        { ConflictGroup = "body" };

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        content.Items[0] = new TextItem { Text = "Numbers below, exactly as typed:   \r\n\tItem\t12.50  \r\n\r\nNo line break after this line, two spaces:  " };
        content.Marks.Add(Mark(LineKeywords.TextItem));
    }
}
