// Why: output.md "Attachment names": an item's name is made safe (last path segment, never empty,
// never a device name) and otherwise kept exactly; a change is the repair attachment-name-made-safe.
using MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Layout;

namespace MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Mime;

/// <summary>The safe file name of an attachment item.</summary>
public static class AttachmentNames
{
    /// <summary>The safe form of <paramref name="name"/> for the item at 1-based position <paramref name="position"/>.</summary>
    public static string MakeSafe(string name, int position)
    {
        var last = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        if (last.Trim().Trim('.').Length == 0)
        {
            return $"attachment-{position}.bin";
        }

        return SegmentEncoder.IsDeviceName(last) ? "_" + last : last;
    }
}
