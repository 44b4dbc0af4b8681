using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>The outcome of looking for one message's record at one offset, or of the sequential walk.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="Offset">Where the record (or the walk's stopping point) is.</param>
/// <param name="Length">The record's length as delimited, or the bytes left before the end for a cut record.</param>
/// <param name="Problem">Why no usable record was found, for diagnostics.</param>
internal readonly record struct Db8Attempt(Db8AttemptKind Kind, long Offset, long Length, string Problem = "")
{
    /// <summary>The key (mailbox id in the high half, message index in the low) of the record found for <see cref="Db8AttemptKind.Other"/>.</summary>
    public ulong OtherKey { get; init; }

    /// <summary>The decoded message for <see cref="Db8AttemptKind.Found"/>.</summary>
    public CcMessage? Message { get; init; }

    /// <summary>How many items of unknown kinds were skipped while decoding.</summary>
    public int SkippedItems { get; init; }

    /// <summary>Whether the header failed its check and the index entry's length was used.</summary>
    public bool LengthFromIndex { get; init; }

    /// <summary>The length the record header gives (which may be damaged when <see cref="LengthFromIndex"/>).</summary>
    public uint HeaderLength { get; init; }

    /// <summary>Where the sequential walk started scanning over damaged bytes, or -1.</summary>
    public long ResyncFrom { get; init; } = -1;

    /// <summary>The offset just past the record.</summary>
    public long End => Offset + Length;
}
