namespace MailMig.Fidelity.Comparer.Projection;

/// <summary>How a migrated message is projected to text: the scrubber pipeline and whether message content is redacted.</summary>
public sealed class ProjectionOptions
{
    /// <summary>The scrubbers applied to every projected value, in order; add your own with <c>Scrubbers.Add(...)</c>.</summary>
    public List<IScrubber> Scrubbers { get; } = [new MessageIdScrubber(), new BoundaryScrubber(), new SourceOffsetScrubber(), new GuidScrubber()];

    /// <summary>Whether body text is replaced by its line and character counts and attachment hashes are left out (customer data).</summary>
    public bool Redact { get; init; }
}
