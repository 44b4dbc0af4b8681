/*
 * mailmig-fidelity merge --out DIR SHARD-DIR...
 * Joins the report folders of a run split across CI runners (`run --shard K/N --report DIR`) into
 * the summary.txt, summary.json, index.html and junit.xml one unsharded run writes, so the final CI
 * job publishes one report and gates on one exit code: 0 every case passed, 1 a case failed, 2 the
 * folders are not shards of one run.
 */
using System.CommandLine;
using System.Globalization;
using MailMig.Fidelity.Cli.Merging;
using MailMig.Fidelity.Cli.Validation;

namespace MailMig.Fidelity.Cli.Commands;

/// <summary>The <c>merge</c> command: shard reports into one run's reports.</summary>
public static class MergeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Where the merged reports go.", Required = true, HelpName = "dir" }.MustBeWritableFolder();
        var folders = new Argument<string[]>("shard-reports") { Description = "The report folders of the shards (each `run --shard K/N --report DIR`).", Arity = ArgumentArity.OneOrMore };
        folders.Validators.Add(result =>
        {
            foreach (var folder in result.Tokens.Select(t => t.Value))
            {
                if (PathRules.ExistingFolder(folder) is { } problem)
                {
                    result.AddError($"shard report '{folder}' {problem}");
                }
            }
        });
        var command = new Command("merge", "Merge the report folders of a sharded run into one run's summary.txt, summary.json, index.html and junit.xml; exits 1 when any case failed.");
        command.Options.Add(output);
        command.Arguments.Add(folders);
        command.SetAction((ParseResult r, CancellationToken _) => Task.FromResult(Run(r.InvocationConfiguration, r.GetValue(folders)!, r.GetValue(output)!)));
        return command;
    }

    private static int Run(InvocationConfiguration io, IReadOnlyList<string> folders, string output)
    {
        IReadOnlyList<Regression.RunRow> rows;
        try
        {
            rows = RunReportMerger.Merge(folders.Select(ShardReport.Read).ToList(), output);
        }
        catch (MergeException e)
        {
            io.Error.WriteLine("error: " + e.Message);
            return CliApp.UsageError;
        }

        foreach (var failed in rows.Where(r => !r.Passed))
        {
            io.Output.WriteLine($"FAILED {failed.Name}: {failed.Failures.FirstOrDefault()?.Split('\n')[0]}");
        }

        io.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"merged {folders.Count} shard reports into {output}: {rows.Count(r => r.Passed)} of {rows.Count} cases passed."));
        return rows.All(r => r.Passed) ? 0 : 1;
    }
}
