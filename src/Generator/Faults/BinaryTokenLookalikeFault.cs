using System.Text;
using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q233054: an attachment whose bytes look like export lines (Message:, From:, CR LF) fooled
 * readers that scanned for keywords instead of counting item sizes.
 */

/// <summary>An attachment whose bytes contain Message:, From: and CR LF lines (KB Q233054).</summary>
public sealed class BinaryTokenLookalikeFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "binary-token-lookalike";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 15, ["Q233054"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "an attachment whose bytes contain Message:, From: and CR LF lines");

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        var random = context.Random;
        var lookalike = Encoding.ASCII.GetBytes("\r\nMessage: 120\r\nFrom: Smith, Grover at FERGUSON\r\nTo: Doe, Jane at FERGUSON\r\nContents: 1\r\n");
        var data = random.Bytes(random.Int(200, 800)).Concat(lookalike).Concat(random.Bytes(random.Int(50, 200))).ToArray();
        var dump = content.AddFile(AttachmentFactory.Dated("MAILLOG.DAT", data, content.ExpectedLocal, random));
        content.Marks.Add(Mark(LineKeywords.FileItem, content.FileOrdinal(dump)));
    }
}
