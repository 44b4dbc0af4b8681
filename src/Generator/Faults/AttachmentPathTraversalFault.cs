using System.Text;
using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * An attachment name holding a path (..\..\WINDOWS\win.ini) must not write outside the target; only the
 * last path segment is kept, and the migrator reports the repair.
 */

/// <summary>Attachment names ..\..\WINDOWS\win.ini and ../../etc/passwd.</summary>
public sealed class AttachmentPathTraversalFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "attachment-path-traversal";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 28, [], FaultWhere.Model, FaultScope.Event, FaultOutcome.Repaired, "attachment-name-made-safe",
            "attachment names ..\\..\\WINDOWS\\win.ini and ../../etc/passwd");

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        var traversal = context.AddFiles(content,
            ("..\\..\\WINDOWS\\win.ini", Encoding.ASCII.GetBytes("[windows]\r\nload=\r\nrun=\r\n")),
            ("../../etc/passwd", Encoding.ASCII.GetBytes("root:x:0:0:root:/root:/bin/sh\n")));
        EventFaultContext.ExpectNames(content, traversal, "win.ini", "passwd");
        content.Marks.Add(Mark(LineKeywords.FileItem, traversal));
    }
}
