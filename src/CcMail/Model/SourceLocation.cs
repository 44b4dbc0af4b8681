namespace MailMig.Fidelity.CcMail.Model;

/// <summary>Where something was read from: a file and a byte offset into it.</summary>
public sealed record SourceLocation(string File, long Offset)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}@{Offset}";
}
