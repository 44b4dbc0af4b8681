namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>The header record (line 1) of <c>manifest.jsonl</c>: format, generator, seed and what was generated.</summary>
public sealed record ManifestHeader
{
    /// <summary>The format id; <c>mailmig-fidelity/manifest@1</c>.</summary>
    public string Format { get; init; } = "";

    /// <summary>The generator version.</summary>
    public string? Generator { get; init; }

    /// <summary>The generator seed, to replay the run.</summary>
    public long? Seed { get; init; }

    /// <summary>The generation profile.</summary>
    public string? Profile { get; init; }

    /// <summary>The post office name.</summary>
    public string? PostOffice { get; init; }

    /// <summary>The number of messages the header announces.</summary>
    public int? Messages { get; init; }

    /// <summary>The post office's IANA time zone, or null.</summary>
    public string? TimeZone { get; init; }
}
