using System.Text.Json;

namespace MailMig.Fidelity.Cli.Regression;

/// <summary>What a run recorded beside a case's received snapshots: whose they are and whether <c>accept --run</c> may approve them.</summary>
/// <param name="Case">The case name.</param>
/// <param name="CaseFolder">The case folder whose <c>verified/</c> the received files belong to.</param>
/// <param name="Acceptable">Whether the run completed and its only differences are changed fields.</param>
/// <param name="Reason">Why the run may not be accepted, or null.</param>
public sealed record RunAcceptance(string Case, string CaseFolder, bool Acceptable, string? Reason)
{
    /// <summary>The file's name in the case's work folder.</summary>
    public const string FileName = "acceptance.json";

    /// <summary>The folder (in the case's work folder) holding a copy of the verified snapshots and the run's received files.</summary>
    public const string SnapshotsFolder = "snapshots";

    /// <summary>Writes this record into <paramref name="workFolder"/>.</summary>
    public void Save(string workFolder) =>
        File.WriteAllText(Path.Combine(workFolder, FileName), JsonSerializer.Serialize(this, CorpusCase.Json) + "\n");

    /// <summary>Reads the record of <paramref name="workFolder"/>, or null when there is none or it cannot be read.</summary>
    public static RunAcceptance? Load(string workFolder)
    {
        var path = Path.Combine(workFolder, FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<RunAcceptance>(File.ReadAllBytes(path), CorpusCase.Json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
