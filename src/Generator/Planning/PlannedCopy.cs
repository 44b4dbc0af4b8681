namespace MailMig.Fidelity.Generator.Planning;

/// <summary>One message of a mailbox: which event it is a copy of, whether it is the sender's copy, and its folder.</summary>
/// <param name="Event">The event index.</param>
/// <param name="IsSenderCopy">Whether this is the author's own copy (Message Log or Drafts), the only one that shows Bcc.</param>
/// <param name="Folder">The folder's index in the owner's folder list.</param>
public readonly record struct PlannedCopy(int Event, bool IsSenderCopy, int Folder)
{
    /// <summary>The copy packed into 64 bits for the plan's lists.</summary>
    public long Pack() => ((long)Event << 24) | ((long)Folder << 1) | (IsSenderCopy ? 1L : 0L);

    /// <summary>The copy <see cref="Pack"/> made.</summary>
    public static PlannedCopy Unpack(long packed) => new((int)(packed >> 24), (packed & 1) != 0, (int)((packed >> 1) & 0x7FFFFF));
}
