using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Generation;

/// <summary>One generated message of a mailbox, before it is written.</summary>
/// <param name="Index">The 0-based position in the mailbox (the source index is one more).</param>
/// <param name="Content">The content of the event it is a copy of.</param>
/// <param name="Build">The copy itself, with its faults.</param>
public sealed record GeneratedCopy(int Index, EventContent Content, CopyBuild Build)
{
    /// <summary>Its manifest line, rendered ahead by a worker when it has no fault to locate in the written bytes, or null.</summary>
    public byte[]? ManifestLine { get; init; }

    /// <summary>Whether no fault of it needs the offsets its writing gives (so its manifest line can be rendered before).</summary>
    public bool LocatesNothing => Build.Marks.Count == 0 && Build.Db8Faults.Count == 0;
}
