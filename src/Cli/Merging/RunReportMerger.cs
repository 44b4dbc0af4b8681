/*
 * `merge`: the report folders of a run split into shards become the reports one run would have
 * made. Cases are put back in corpus order (name order, as `run` runs them), each case's report
 * folder is copied beside them, and the run-level files are written by the same code a run uses,
 * so only times, the timestamp and the host name can differ from an unsharded run. Shards that
 * judged different migrators, or that ran the same case twice, are refused: that is not one run.
 */
using MailMig.Fidelity.Cli.Regression;

namespace MailMig.Fidelity.Cli.Merging;

/// <summary>Merges shard run reports into one run's reports.</summary>
public static class RunReportMerger
{
    /// <summary>Merges the run reports of <paramref name="shards"/> into <paramref name="output"/> and returns the merged cases' rows.</summary>
    public static IReadOnlyList<RunRow> Merge(IReadOnlyList<ShardReport> shards, string output)
    {
        ArgumentNullException.ThrowIfNull(shards);
        var migrators = shards.Select(s => s.Migrator).Distinct(StringComparer.Ordinal).ToList();
        if (migrators.Count > 1)
        {
            throw new MergeException($"the shards judged different migrators ({string.Join(" | ", migrators)}): they are not one run");
        }

        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var shard in shards)
        {
            foreach (var c in shard.Cases)
            {
                if (!owner.TryAdd(c.Row.Name, shard.Folder))
                {
                    throw new MergeException($"case '{c.Row.Name}' is in more than one shard report: {owner[c.Row.Name]} and {shard.Folder}");
                }
            }
        }

        var cases = shards.SelectMany(s => s.Cases.Select(c => (Shard: s, Case: c)))
            .OrderBy(p => p.Case.Row.Name, StringComparer.Ordinal)
            .ToList();
        foreach (var (shard, c) in cases)
        {
            CopyCaseFolder(Path.Combine(shard.Folder, c.Row.Name), Path.Combine(output, c.Row.Name));
        }

        RunReportWriter.WriteRunFiles(
            cases.Select(p => p.Case.Row).ToList(),
            cases.Select(p => p.Case.Summary).ToList(),
            cases.Select(p => p.Case.TestCase).ToList(),
            migrators.FirstOrDefault() ?? "",
            output);
        return cases.Select(p => p.Case.Row).ToList();
    }

    private static void CopyCaseFolder(string source, string target)
    {
        if (!Directory.Exists(source) || Path.GetFullPath(source) == Path.GetFullPath(target))
        {
            return;
        }

        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
