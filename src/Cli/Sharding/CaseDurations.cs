/*
 * corpora/durations.json: how long each corpus case took (generate, migrate, verify), kept in the
 * repository so every CI runner computes the same shards. Refreshed by `run --record-durations`;
 * a case it does not name is planned at the median. Read leniently: an unreadable file or entry
 * is a diagnostic and plans as if absent, so a stale file never stops the gate.
 */
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MailMig.Fidelity.Cli.Sharding;

/// <summary>The recorded duration of each corpus case, in seconds.</summary>
public sealed record CaseDurations
{
    /// <summary>The file's name inside the corpora folder.</summary>
    public const string FileName = "durations.json";

    /// <summary>The format id written as "format".</summary>
    public const string Format = "mailmig-fidelity/case-durations@1";

    /// <summary>Seconds per case name.</summary>
    public required IReadOnlyDictionary<string, double> Seconds { get; init; }

    /// <summary>What could not be read (the file or entries were ignored).</summary>
    public IReadOnlyList<string> Diagnostics { get; init; } = [];

    /// <summary>The durations file of <paramref name="corpora"/>.</summary>
    public static string PathIn(string corpora) => Path.Combine(corpora, FileName);

    /// <summary>Reads the durations recorded in <paramref name="corpora"/> (none when the file is absent).</summary>
    public static CaseDurations Load(string corpora)
    {
        var path = PathIn(corpora);
        if (!File.Exists(path))
        {
            return new CaseDurations { Seconds = new Dictionary<string, double>() };
        }

        try
        {
            return Read(path, JsonNode.Parse(File.ReadAllBytes(path)));
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return new CaseDurations { Seconds = new Dictionary<string, double>(), Diagnostics = [$"{path}: ignored, it cannot be read: {e.Message}"] };
        }
    }

    /// <summary>These durations with <paramref name="measured"/> added or replaced.</summary>
    public CaseDurations With(IEnumerable<KeyValuePair<string, double>> measured)
    {
        var seconds = new Dictionary<string, double>(Seconds, StringComparer.Ordinal);
        foreach (var (name, value) in measured)
        {
            seconds[name] = Math.Max(0.01, Math.Round(value, 2));
        }

        return this with { Seconds = seconds };
    }

    /// <summary>Writes the durations to <paramref name="corpora"/>, cases in name order.</summary>
    public void Save(string corpora)
    {
        var cases = new JsonObject();
        foreach (var (name, value) in Seconds.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            cases[name] = value;
        }

        var json = new JsonObject { ["format"] = Format, ["cases"] = cases };
        File.WriteAllText(PathIn(corpora), json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n", new UTF8Encoding(false));
    }

    private static CaseDurations Read(string path, JsonNode? root)
    {
        var diagnostics = new List<string>();
        var seconds = new Dictionary<string, double>(StringComparer.Ordinal);
        if (root?["format"]?.GetValueKind() != JsonValueKind.String || (string?)root["format"] != Format || root["cases"] is not JsonObject cases)
        {
            return new CaseDurations { Seconds = seconds, Diagnostics = [$"{path}: ignored, it is not {Format} (a \"format\" and a \"cases\" object)"] };
        }

        foreach (var (name, value) in cases)
        {
            if (value?.GetValueKind() == JsonValueKind.Number && (double)value > 0)
            {
                seconds[name] = (double)value;
            }
            else
            {
                diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"{path}: case '{name}': ignored, not a positive number of seconds"));
            }
        }

        return new CaseDurations { Seconds = seconds, Diagnostics = diagnostics };
    }
}
