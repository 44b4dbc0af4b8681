namespace MailMig.Fidelity.Generator.Generation;

/// <summary>What to generate: seed, profile, sizes, faults and output; unset sizes and faults come from the profile.</summary>
public sealed record GeneratorOptions
{
    /// <summary>The run seed; the same options and seed give byte-identical output.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>The profile name (<c>minimal</c>, <c>realistic</c>, <c>stress</c>, <c>q197114</c>, <c>bulk</c>).</summary>
    public string Profile { get; init; } = "realistic";

    /// <summary>The number of users (mailboxes), or null for the profile's default.</summary>
    public int? Users { get; init; }

    /// <summary>The total number of messages in the post office (every copy counts), or null for the profile's default.</summary>
    public int? Messages { get; init; }

    /// <summary>The catalog ids to inject (each at least once), <c>all</c> for every applicable one, or null for the profile's default.</summary>
    public IReadOnlyList<string>? Faults { get; init; }

    /// <summary>The probability with which each selected fault is also sprayed on every other message it applies to.</summary>
    public double? FaultRate { get; init; }

    /// <summary>The byte formats to write.</summary>
    public IReadOnlyList<OutputFormat> Formats { get; init; } = [OutputFormat.Db8, OutputFormat.Export];

    /// <summary>The post office code page (437, 850 or 932), or null to let the profile and seed choose.</summary>
    public int? CodePage { get; init; }

    /// <summary>The post office's IANA time zone, or null to choose one that fits the code page.</summary>
    public string? TimeZoneId { get; init; }

    /// <summary>Whether to generate bulletin boards, personal mailing lists and address books (docs/formats/personal-data.md); faults that need them turn it on.</summary>
    public bool PersonalData { get; init; }

    /// <summary>The threads that generate at once (one writes, the others build messages), or null for two when there are two cores; 1 builds and writes on the calling thread, and any value gives the same bytes.</summary>
    public int? Parallelism { get; init; }
}
