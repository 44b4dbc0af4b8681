/*
 * mailmig-fidelity merge --out DIR SHARD-DIR...
 * Joins the report folders of a run split across CI runners (`run --shard K/N --report DIR`) into
 * the summary.txt, summary.json, index.html and junit.xml one unsharded run writes, so the final CI
 * job publishes one report and gates on one exit code: 0 every case passed, 1 a case failed, 2 the
 * folders are not shards of one run. Output folders of `migrate --shard K/N` (a migration-report.json
 * each) are merged into the one migration-report.json of an unsharded run instead: exit 0 when every
 * message was migrated, 1 otherwise (as `migrate`), 2 when they are not the parts of one run.
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
        var folders = new Argument<string[]>("shard-reports") { Description = "The report folders of the shards (each `run --shard K/N --report DIR`), or the output folders of `migrate --shard K/N`.", Arity = ArgumentArity.OneOrMore };
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
        var command = new Command("merge", "Merge the report folders of a sharded run into one run's summary.txt, summary.json, index.html and junit.xml (exits 1 when any case failed), or the migration reports of `migrate --shard K/N` into one migration-report.json (exits 1 unless every message was migrated).");
        command.Options.Add(output);
        command.Arguments.Add(folders);
        command.SetAction((ParseResult r, CancellationToken _) => Task.FromResult(Run(r.InvocationConfiguration, r.GetValue(folders)!, r.GetValue(output)!)));
        return command;
    }

    private static int Run(InvocationConfiguration io, IReadOnlyList<string> folders, string output)
    {
        var migrations = folders.Where(MigrationPart.IsMigrationFolder).ToList();
        if (migrations.Count > 0 && migrations.Count < folders.Count)
        {
            io.Error.WriteLine($"error: {migrations[0]} holds a migration report, {folders.First(f => !migrations.Contains(f))} does not: merge the parts of one kind of run at a time");
            return CliApp.UsageError;
        }

        return migrations.Count > 0 ? MergeMigration(io, folders, output) : MergeRun(io, folders, output);
    }

    private static int MergeMigration(InvocationConfiguration io, IReadOnlyList<string> folders, string output)
    {
        Migrator.Migration.MigrationReport merged;
        try
        {
            merged = MigrationReportMerger.Merge([.. folders.Select(MigrationPart.Read)]);
            Directory.CreateDirectory(output);
            Migrator.Migration.MigrationReportFile.Write(output, merged);
        }
        catch (MergeException e)
        {
            io.Error.WriteLine("error: " + e.Message);
            return CliApp.UsageError;
        }

        var totals = merged.Totals;
        io.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"merged {folders.Count} migration reports into {Path.Combine(output, Migrator.Migration.MigrationReport.FileName)}: {totals.Source} messages, {totals.Migrated} migrated, {totals.Repaired} repaired, {totals.Skipped} skipped."));
        return merged.EverythingMigrated ? 0 : 1;
    }

    private static int MergeRun(InvocationConfiguration io, IReadOnlyList<string> folders, string output)
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
