using System.Text.Json;
using MailMig.Fidelity.Comparer.Output;

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

    /// <summary>Writes this record into <paramref name="workFolder"/>, replacing whatever stands at its path (never writing through a link a candidate left there).</summary>
    public void Save(string workFolder)
    {
        var path = Path.Combine(workFolder, FileName);
        GateOwnedPath.Clear(path);
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        file.Write(System.Text.Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this, CorpusCase.Json) + "\n"));
    }

    /// <summary>Reads the record of <paramref name="workFolder"/>, or null when there is none, it is not a regular file or it cannot be read.</summary>
    public static RunAcceptance? Load(string workFolder)
    {
        var path = Path.Combine(workFolder, FileName);
        try
        {
            // Only a regular file is read: a FIFO in its place would block the reader for good.
            return FileKinds.Of(path) == FileKind.RegularFile ? JsonSerializer.Deserialize<RunAcceptance>(File.ReadAllBytes(path), CorpusCase.Json) : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
