/*
 * `run --list`: the cases a run (or one shard of it) would run, without running them, so a CI
 * matrix or a person can see the split. Plain text is one name a line; --json adds what each case
 * guards and the seconds the planner counted for it.
 */
using System.Text.Json;
using System.Text.Json.Nodes;
using MailMig.Fidelity.Cli.Regression;

namespace MailMig.Fidelity.Cli.Sharding;

/// <summary>Prints the cases of a run or shard.</summary>
public static class CaseList
{
    /// <summary>The format id of the JSON list.</summary>
    public const string Format = "mailmig-fidelity/case-list@1";

    /// <summary>Writes <paramref name="cases"/> to <paramref name="output"/>, as JSON when <paramref name="json"/>.</summary>
    public static void Write(TextWriter output, IReadOnlyList<CorpusCase> cases, CaseDurations durations, ShardSpec? shard, bool json)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!json)
        {
            foreach (var corpusCase in cases)
            {
                output.WriteLine(corpusCase.Name);
            }

            return;
        }

        var list = new JsonArray();
        foreach (var corpusCase in cases)
        {
            list.Add(new JsonObject
            {
                ["name"] = corpusCase.Name,
                ["guards"] = corpusCase.Guards,
                ["durationSeconds"] = ShardPlanner.Estimate(corpusCase.Name, durations.Seconds),
            });
        }

        var root = new JsonObject { ["format"] = Format, ["shard"] = shard?.ToString(), ["cases"] = list };
        output.WriteLine(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
