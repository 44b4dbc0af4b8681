using System.Text.Json;
using System.Text.Json.Serialization;

namespace MailMig.Fidelity.Cli.Regression;

/// <summary>One regression case: a folder under <c>corpora/</c> with its <c>case.json</c>, approved skips and verified snapshots.</summary>
public sealed record CorpusCase
{
    /// <summary>The name of the case's <c>case.json</c>.</summary>
    public const string FileName = "case.json";

    /// <summary>The name of the approved-skips file.</summary>
    public const string ApprovedSkipsFileName = "approved-skips.json";

    /// <summary>The name of the folder of verified snapshots.</summary>
    public const string VerifiedFolderName = "verified";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The case name: its folder's name.</summary>
    [JsonIgnore]
    public string Name { get; init; } = "";

    /// <summary>The case folder.</summary>
    [JsonIgnore]
    public string Folder { get; init; } = "";

    /// <summary>One line saying what the case guards.</summary>
    public string Guards { get; init; } = "";

    /// <summary>The generator recipe, or null for a case built from a checked-in export file.</summary>
    public CorpusRecipe? Recipe { get; init; }

    /// <summary>Which generated source is migrated: <c>db8</c> (the post office, the default) or <c>export</c> (the one mailbox's export file).</summary>
    public string? Source { get; init; }

    /// <summary>The checked-in export file (relative to the case folder) of a case that came from a customer, or null.</summary>
    public string? ExportFile { get; init; }

    /// <summary>The IANA time zone of a checked-in export file's post office.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The generator version the recipe was approved with.</summary>
    public string? GeneratorVersion { get; init; }

    /// <summary>The SHA-256 of the generated source, so "the input changed" is told apart from "the migrator changed".</summary>
    public string? SourceSha256 { get; init; }

    /// <summary>The output format the case migrates to (<c>eml</c>, <c>mbox</c> or <c>exchange55</c>), or null for eml.</summary>
    public string? Target { get; init; }

    /// <summary>The output formats a case may name as its target.</summary>
    [JsonIgnore]
    public static IReadOnlyList<string> Targets { get; } = ["eml", "mbox", "exchange55"];

    /// <summary>The output format the case migrates to: its <see cref="Target"/>, eml by default.</summary>
    [JsonIgnore]
    public string OutputTarget => Target ?? "eml";

    /// <summary>The verified snapshots folder.</summary>
    [JsonIgnore]
    public string VerifiedFolder => Path.Combine(Folder, VerifiedFolderName);

    /// <summary>Reads the case in <paramref name="folder"/>; throws <see cref="CorpusException"/> naming the file and what is wrong.</summary>
    public static CorpusCase Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new CorpusException($"{path}: no {FileName} in the case folder");
        }

        CorpusCase? loaded;
        try
        {
            loaded = JsonSerializer.Deserialize<CorpusCase>(File.ReadAllBytes(path), Json);
        }
        catch (JsonException e)
        {
            throw new CorpusException($"{path}: line {(e.LineNumber ?? 0) + 1}: {e.Message}", e);
        }

        if (loaded is null)
        {
            throw new CorpusException($"{path}: the file is empty");
        }

        if (loaded.Recipe is null == loaded.ExportFile is null)
        {
            throw new CorpusException($"{path}: a case needs exactly one of \"recipe\" or \"exportFile\"");
        }

        if (string.IsNullOrWhiteSpace(loaded.Guards))
        {
            throw new CorpusException($"{path}: \"guards\" must say in one line what the case guards");
        }

        if (loaded.Target is { } target && !Targets.Contains(target))
        {
            throw new CorpusException($"{path}: \"target\" must be one of {string.Join(", ", Targets)}, not '{target}'");
        }

        var full = Path.GetFullPath(folder);
        return loaded with { Name = Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar)), Folder = full };
    }

    /// <summary>Every case under <paramref name="corpora"/>, in name order (a folder with a <c>case.json</c> is a case).</summary>
    public static IReadOnlyList<CorpusCase> LoadAll(string corpora) =>
        Directory.EnumerateDirectories(corpora)
            .Where(d => File.Exists(Path.Combine(d, FileName)))
            .Order(StringComparer.Ordinal)
            .Select(Load)
            .ToList();

    /// <summary>The skips approved for this case (empty when the file is absent).</summary>
    public IReadOnlyList<ApprovedSkip> LoadApprovedSkips()
    {
        var path = Path.Combine(Folder, ApprovedSkipsFileName);
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<ApprovedSkip>>(File.ReadAllBytes(path), Json) ?? [];
        }
        catch (JsonException e)
        {
            throw new CorpusException($"{path}: line {(e.LineNumber ?? 0) + 1}: {e.Message}", e);
        }
    }

    /// <summary>This case with <paramref name="sha256"/> as its approved input digest.</summary>
    public CorpusCase WithSourceSha256(string sha256) => this with { SourceSha256 = sha256, GeneratorVersion = Generator.Generation.GeneratorVersion.Value };

    /// <summary>Writes this case's <c>case.json</c>.</summary>
    public void Save() => File.WriteAllText(Path.Combine(Folder, FileName), JsonSerializer.Serialize(this, Json) + "\n");
}
