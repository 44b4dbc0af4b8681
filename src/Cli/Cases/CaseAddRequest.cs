namespace MailMig.Fidelity.Cli.Cases;

/// <summary>What <c>case add</c> was asked: the case's name and folder of corpora, the customer's export and its zone.</summary>
/// <param name="Corpora">The corpora folder the case is added to.</param>
/// <param name="Name">The case's folder name.</param>
/// <param name="Source">The export file to copy byte for byte.</param>
/// <param name="TimeZone">The IANA time zone of the export's post office.</param>
/// <param name="Guards">The one line the case guards, or null for a placeholder the reviewer must replace.</param>
/// <param name="Anonymize">Whether to anonymize the export before it is copied.</param>
/// <param name="Key">The anonymization key, or null for a random one.</param>
/// <param name="ShrinkWith">A migrator command template the export is first shrunk against, or null.</param>
public sealed record CaseAddRequest(string Corpora, string Name, string Source, string TimeZone, string? Guards, bool Anonymize = false, string? Key = null, string? ShrinkWith = null);
