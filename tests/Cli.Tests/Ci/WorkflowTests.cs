using System.Text.RegularExpressions;
using MailMig.Fidelity.Cli.Tests.Merging;
using MailMig.Fidelity.Cli.Tests.Support;
using YamlDotNet.Serialization;

namespace MailMig.Fidelity.Cli.Tests.Ci;

/// <summary>The CI recipes are valid YAML with a shard matrix and a merge job, and the workflow's own command lines, run shard by shard here, give the unsharded run's reports.</summary>
public sealed partial class WorkflowTests : IDisposable
{
    private static readonly string GitHubWorkflow = Path.Combine(RepositoryPaths.Root, ".github", "workflows", "fidelity.yml");
    private static readonly string AzurePipeline = Path.Combine(RepositoryPaths.Root, "ci", "azure-pipelines.yml");
    private readonly TempFolder _root = new();

    [Fact]
    public void TheWorkflowBuildsOnceShardsOverAMatrixAndMergesInAFinalJob()
    {
        var jobs = Map(Load(GitHubWorkflow)["jobs"]);

        Assert.Contains("dotnet pack src/Cli", Runs(jobs["build"]), StringComparison.Ordinal);
        var shard = Map(jobs["shard"]);
        Assert.Equal("build", shard["needs"]);
        var matrix = List(Map(Map(shard["strategy"])["matrix"])["shard"]).Select(v => int.Parse((string)v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var (_, count) = ShardLine(Runs(shard));
        Assert.Equal(Enumerable.Range(1, count), matrix);
        Assert.Contains(List(Map(shard)["steps"]).Select(Map), s => s.TryGetValue("with", out var with) && Map(with).TryGetValue("name", out var name) && ((string)name).Contains("${{ matrix.shard }}", StringComparison.Ordinal));

        var merge = Map(jobs["merge"]);
        Assert.Equal("shard", merge["needs"]);
        Assert.Equal("always()", merge["if"]);
        Assert.Matches(MergeLine(), Runs(merge));
    }

    [Fact]
    public void TheAzurePipelineShardsWithParallelJobsAndMergesInAFinalJob()
    {
        var jobs = List(List(Load(AzurePipeline)["stages"]).Select(Map).Single()["jobs"]).Select(Map).ToDictionary(j => (string)j["job"]);

        var shard = jobs["shard"];
        Assert.Equal("${{ parameters.shards }}", Map(shard["strategy"])["parallel"]);
        Assert.Contains("--shard $(System.JobPositionInPhase)/$(System.TotalJobsInPhase)", Runs(shard, "script"), StringComparison.Ordinal);
        Assert.Equal("shard", jobs["merge"]["dependsOn"]);
        Assert.Matches(MergeLine(), Runs(jobs["merge"], "script"));
    }

    [Fact]
    public async Task EveryShardOfTheWorkflowsCommandLineMergedLocallyEqualsAnUnshardedRun()
    {
        var jobs = Map(Load(GitHubWorkflow)["jobs"]);
        var (line, count) = ShardLine(Runs(Map(jobs["shard"])));
        var whole = await RunAsync(Args(line.Replace("--shard ${{ matrix.shard }}/" + count, "", StringComparison.Ordinal)), "whole");
        var shards = new List<string>();
        for (var k = 1; k <= count; k++)
        {
            shards.Add(await RunAsync(Args(line.Replace("${{ matrix.shard }}", k.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)), $"report-{k}"));
        }

        var merged = Path.Combine(_root.Path, "merged");
        var merge = Args(MergeLine().Match(Runs(Map(jobs["merge"]))).Value).TakeWhile(a => !a.Contains('*', StringComparison.Ordinal)).ToList();
        var result = await InProcessCli.RunAsync([.. merge.Select(a => a == "merged" ? merged : a), .. shards]);

        Assert.True(result.Code == 0, result.Text);
        ReportAssert.SameRun(whole, merged, [.. shards]);
    }

    public void Dispose() => _root.Dispose();

    /// <summary>Runs a workflow `run` command line in process on the test's case subset, its report in <paramref name="name"/>.</summary>
    private async Task<string> RunAsync(List<string> args, string name)
    {
        var report = Path.Combine(_root.Path, name);
        args[args.IndexOf("--report") + 1] = report;
        args[args.IndexOf("--corpora") + 1] = RepositoryPaths.Corpora;
        var result = await InProcessCli.RunAsync([.. args, .. MergeRunTests.Cases.SelectMany(c => new[] { "--case", c })]);
        Assert.True(result.Code == 0, result.Text);
        return report;
    }

    /// <summary>The words of a command line after the tool's path, shell-only words ("${args[@]}") left out.</summary>
    private static List<string> Args(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => !w.EndsWith("mailmig-fidelity", StringComparison.Ordinal)).Skip(1)
            .Where(w => !w.StartsWith('"')).ToList();

    private static (string Line, int Count) ShardLine(string runs)
    {
        var match = ShardRun().Match(runs);
        Assert.True(match.Success, "no `mailmig-fidelity run --shard ${{ matrix.shard }}/N` line in:\n" + runs);
        return (match.Value, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Dictionary<object, object> Load(string path) =>
        new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(File.ReadAllText(path));

    private static Dictionary<object, object> Map(object node) => Assert.IsType<Dictionary<object, object>>(node);

    private static List<object> List(object node) => Assert.IsType<List<object>>(node);

    /// <summary>Every shell script of a job's steps, joined.</summary>
    private static string Runs(object job, string key = "run") =>
        string.Join("\n", List(Map(job)["steps"]).Select(Map).Where(s => s.ContainsKey(key)).Select(s => (string)s[key]));

    [GeneratedRegex(@"\S*mailmig-fidelity run .*--shard \$\{\{ matrix\.shard \}\}/(\d+).*")]
    private static partial Regex ShardRun();

    [GeneratedRegex(@"\S*mailmig-fidelity merge --out \S+ \S+")]
    private static partial Regex MergeLine();
}
