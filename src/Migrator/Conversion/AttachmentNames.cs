using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.Migrator.Conversion;

/*
 * docs/fault-catalog.md: attachment-path-traversal keeps only the last path segment
 * (..\..\WINDOWS\win.ini -> win.ini), attachment-reserved-name prefixes '_' (CON -> _CON, com1.doc -> _com1.doc).
 * A name with nothing usable left (empty, only dots or separators) becomes attachment-<n>.bin. Each of these
 * is the repair attachment-name-made-safe; any other name, spaces and non-ASCII included, is kept exactly.
 */

/// <summary>Makes attachment names safe to save (no path segments, no reserved device names) with as little change as possible.</summary>
public static class AttachmentNames
{
    /// <summary>The safe form of <paramref name="name"/> for the attachment at 1-based <paramref name="position"/>; <paramref name="changed"/> says a repair was needed.</summary>
    public static string MakeSafe(string name, int position, out bool changed)
    {
        var safe = name;
        var separator = safe.LastIndexOfAny(['/', '\\']);
        if (separator >= 0)
        {
            safe = safe[(separator + 1)..];
        }

        if (safe.Trim().Trim('.').Length == 0)
        {
            safe = $"attachment-{position.ToString(System.Globalization.CultureInfo.InvariantCulture)}.bin";
        }

        if (ReservedNames.IsDevice(safe))
        {
            safe = "_" + safe;
        }

        changed = !string.Equals(safe, name, StringComparison.Ordinal);
        return safe;
    }
}
