using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q184391: header lines with keywords a reader does not know (Sensitivity: Private); they are
 * kept as X-CcMail-Header. The line is the message's extra header, so the DB8 record carries it too.
 */

/// <summary>An unknown header line 'Sensitivity: Private' (KB Q184391).</summary>
public sealed class UnknownKeywordFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "unknown-keyword";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 19, ["Q184391"], FaultWhere.Export, FaultScope.Copy, FaultOutcome.Migrated, null,
            "an unknown header line 'Sensitivity: Private'");

    /// <inheritdoc/>
    public override void ApplyToCopy(CopyDraft draft)
    {
        draft.Message.ExtraHeaders = [new CcHeader(LineKeywords.Sensitivity, "Private")];
        draft.Marks.Add(Mark(LineKeywords.Sensitivity));
    }
}
