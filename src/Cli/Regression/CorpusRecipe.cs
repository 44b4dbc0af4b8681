namespace MailMig.Fidelity.Cli.Regression;

/// <summary>The generator arguments that recreate a corpus case's post office.</summary>
public sealed record CorpusRecipe
{
    /// <summary>The generator seed.</summary>
    public int Seed { get; init; }

    /// <summary>The generator profile (minimal, realistic, stress, q197114).</summary>
    public string Profile { get; init; } = "minimal";

    /// <summary>How many users the post office has.</summary>
    public int Users { get; init; } = 3;

    /// <summary>How many messages the post office holds in all.</summary>
    public int Messages { get; init; } = 20;

    /// <summary>Fault ids injected once each.</summary>
    public IReadOnlyList<string> Faults { get; init; } = [];

    /// <summary>The rate at which the faults are sprayed over other messages (0 for none).</summary>
    public double FaultRate { get; init; }

    /// <summary>The post office code page (437, 850, 932), or null to let the profile choose.</summary>
    public int? CodePage { get; init; }

    /// <summary>The post office's IANA time zone, or null to let the generator choose.</summary>
    public string? TimeZone { get; init; }
}
