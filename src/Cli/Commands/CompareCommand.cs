using System.CommandLine;
using System.CommandLine.Invocation;
using MailMig.Fidelity.Cli.Validation;
using MailMig.Fidelity.Comparer.Comparison;
using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Reports;
using MailMig.Fidelity.Comparer.Sharding;
using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Comparer.Truth;
using Spectre.Console;

namespace MailMig.Fidelity.Cli.Commands;

/*
 * mailmig-fidelity compare --actual <dir|imap://…> [--verified <dir>] [--truth manifest.jsonl] [--migration-report <file>] [--shard K/N] [--report <dir>] [--redact]
 * With a server URL as --actual the mailboxes are read back over IMAP (docs/formats/imap.md); the URL is
 * shown without its password, and a server that cannot be reached or read is exit 2.
 * At least one of --verified (the snapshot check) and --truth (the ground-truth check) is needed.
 * --shard checks only part K of N of the manifest's mailboxes (docs/formats/mailbox-shards.md), the
 * part `migrate --shard K/N` migrates; it needs --truth, as the partition is read from the manifest.
 * Exit codes: 0 everything matches, 1 differences, 2 usage errors (including System.CommandLine's
 * own parse errors, which would otherwise exit 1 and be mistaken for differences by a CI gate).
 */

/// <summary>The <c>compare</c> command: verifies a migrated output folder against verified snapshots and, optionally, the generator's manifest.</summary>
public static class CompareCommand
{
    /// <summary>The exit code for usage errors and unreadable inputs.</summary>
    public const int UsageError = 2;

    /// <summary>Creates the command, obeying the process environment (CI, <c>MAILMIG_ACCEPT</c>).</summary>
    public static Command Create() => Create(SnapshotEnvironment.FromProcess());

    /// <summary>Creates the command obeying <paramref name="environment"/>.</summary>
    internal static Command Create(SnapshotEnvironment environment)
    {
        var actual = new Option<string>("--actual") { Description = "The migrated output folder to verify, or the mail server it was migrated into: imap://user:password@host:port/.", Required = true, HelpName = "dir|url" }.MustBeFolderOrServer();
        var verified = new Option<string?>("--verified") { Description = "The folder of verified snapshots, <mailbox>/<folder>/<index>.verified.txt per message (the snapshot check).", HelpName = "dir" }.MustNotBeAFile();
        var truth = new Option<string?>("--truth") { Description = "The generator's manifest.jsonl: check every field against it and grade the run.", HelpName = "manifest.jsonl" }.MustBeReadableFile();
        var report = new Option<string?>("--report") { Description = "Write summary.txt, report.json, junit.xml and report.html into this folder.", HelpName = "dir" }.MustBeWritableFolder();
        var shard = new Option<string?>("--shard") { Description = "Check only part K of N (e.g. 2/4) of the manifest's mailboxes, the part `migrate --shard K/N` migrated (docs/formats/mailbox-shards.md); needs --truth.", HelpName = "K/N" }.MustBe(Sharding.ShardSpec.Problem);
        var migrationReport = new Option<string?>("--migration-report") { Description = "The migration's migration-report.json (default: the one in --actual; give it when --actual is a server).", HelpName = "file" }.MustBeReadableFile();
        var redact = new Option<bool>("--redact") { Description = "Keep message bodies and attachment contents out of every report (customer data)." };
        var command = new Command("compare", "Verify migrated output against verified snapshots and, with --truth, against the generator's manifest. Exit 0: all match; 1: differences; 2: usage error.");
        command.Options.Add(actual);
        command.Options.Add(verified);
        command.Options.Add(truth);
        command.Options.Add(shard);
        command.Options.Add(report);
        command.Options.Add(migrationReport);
        command.Options.Add(redact);
        command.SetAction((ParseResult r, CancellationToken ct) => Task.FromResult(Run(
            r.InvocationConfiguration, environment,
            new Inputs(r.GetValue(actual)!, r.GetValue(verified), r.GetValue(truth), r.GetValue(migrationReport), r.GetValue(shard) is { } part ? Sharding.ShardSpec.Parse(part) : null),
            r.GetValue(report), r.GetValue(redact), ct)));
        ExitWithUsageErrorOnParseErrors(command);
        return command;
    }

    private static int Run(InvocationConfiguration io, SnapshotEnvironment environment, Inputs inputs, string? reportFolder, bool redact, CancellationToken ct)
    {
        var (actual, verified, truthPath, reportPath, shard) = inputs;
        var server = ImapAccount.IsUrl(actual);
        if (InputProblem(inputs, server) is { } problem)
        {
            return Fail(io, problem);
        }

        using var manifest = truthPath is null ? null : ManifestIndex.Build(truthPath);
        if (manifest?.Summary.ErrorSummary() is { } error)
        {
            return Fail(io, error);
        }

        var (records, shardProblem) = manifest is not null && shard is { } part ? PartOf(manifest, truthPath!, part) : (manifest, null);
        if (shardProblem is not null)
        {
            return Fail(io, shardProblem);
        }

        var migrationReport = records is null ? null : ReadMigrationReport(io, reportPath ?? (server ? null : Path.Combine(actual, MigrationReportReader.FileName)));
        Func<SnapshotSettings, ComparisonReport> compare = settings => new FolderComparison(settings).Compare(actual, verified, records, migrationReport, ct);
        if (!server)
        {
            return Report(io, CompareAndMaybeAccept(io, environment, verified, records, compare), reportFolder, redact);
        }

        var account = ImapAccount.Parse(actual);
        try
        {
            using var store = ImapMailStore.Open(account, ct);
            io.Output.WriteLine("Reading back " + account.Shown);
            compare = settings => new FolderComparison(settings).Compare(store, verified, records, migrationReport, ct);
            return Report(io, CompareAndMaybeAccept(io, environment, verified, records, compare), reportFolder, redact);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or MailKit.Security.AuthenticationException or MailKit.ProtocolException or MailKit.CommandException)
        {
            return Fail(io, $"cannot read the mailboxes of {account.Shown}: {e.Message}");
        }
    }

    // What makes the options unusable together before anything is read, or null.
    private static string? InputProblem(Inputs inputs, bool server)
    {
        var (actual, verified, truthPath, _, shard) = inputs;
        if (verified is null && truthPath is null)
        {
            return "give --verified <dir> (the snapshot check), --truth <manifest.jsonl> (the ground-truth check), or both.";
        }

        if (shard is not null && (truthPath is null || verified is not null))
        {
            return "--shard checks part of the mailboxes against the ground truth: give --truth <manifest.jsonl>, and no --verified (a snapshot check compares whole folders).";
        }

        if (!server && !Directory.Exists(actual))
        {
            return $"The actual output folder '{actual}' does not exist.";
        }

        return verified is not null && !Directory.Exists(verified)
            ? $"The verified folder '{verified}' does not exist. Create it from a known-good output with: mailmig-fidelity accept --actual \"{(server ? ImapAccount.Parse(actual).Shown : actual)}\" --verified \"{verified}\""
            : null;
    }

    // Prints the comparison, writes the report files when asked, and gives the exit code.
    private static int Report(InvocationConfiguration io, ComparisonReport comparison, string? reportFolder, bool redact)
    {
        var options = new ReportOptions { Redact = redact };
        ConsoleReportWriter.Write(comparison, ConsoleFor(io.Output), options);
        if (comparison.Snapshots is { IsSuccess: false } snapshots && !redact)
        {
            io.Output.WriteLine(snapshots.Describe(maxDiffs: 10));
        }

        if (reportFolder is not null)
        {
            foreach (var file in ReportWriter.WriteAll(comparison, reportFolder, options))
            {
                io.Output.WriteLine("Report: " + file);
            }
        }

        return comparison.IsSuccess ? 0 : 1;
    }

    // With MAILMIG_ACCEPT and a manifest, the snapshots are accepted only after the ground truth graded the output
    // Perfect: accepting never approves a field the truth calls damaged or a message it calls lost.
    private static ComparisonReport CompareAndMaybeAccept(InvocationConfiguration io, SnapshotEnvironment environment, string? verified, ManifestRecords? manifest, Func<SnapshotSettings, ComparisonReport> compare)
    {
        var deferAccept = manifest is not null && verified is not null && environment.AcceptAll && environment.MayWriteVerified;
        var comparison = compare(new SnapshotSettings { Environment = environment, Accept = deferAccept ? false : null });
        if (!deferAccept || comparison.Snapshots is not { IsSuccess: false } snapshots)
        {
            return comparison;
        }

        if (comparison.Truth is not { IsPerfect: true })
        {
            io.Output.WriteLine("nothing accepted: the ground truth finds messages lost or damaged");
            return comparison;
        }

        return comparison with { Snapshots = new SnapshotAcceptor(environment).Apply(snapshots, verified!, allowRemovals: true) };
    }

    // The migration report is read only when it is a regular file: a FIFO or device there would block the reader.
    private static MigrationReport? ReadMigrationReport(InvocationConfiguration io, string? path)
    {
        if (path is null || (!Path.Exists(path) && new FileInfo(path).LinkTarget is null))
        {
            return null;
        }

        if (FileKinds.Of(path) == FileKind.RegularFile)
        {
            return MigrationReportReader.Read(path);
        }

        io.Output.WriteLine($"{path}: not a regular file, never opened; the output is checked without its migration report");
        return null;
    }

    /// <summary>The records of <paramref name="part"/>'s mailboxes, computed from the manifest's mailbox records (docs/formats/mailbox-shards.md), or why there are none.</summary>
    private static (ManifestRecords? Records, string? Problem) PartOf(ManifestRecords manifest, string truthPath, Sharding.ShardSpec part)
    {
        var mailboxes = ManifestMailboxReader.Read(truthPath);
        if (mailboxes.Diagnostics.FirstOrDefault(d => d.Severity == Comparer.Diagnostics.ComparerSeverity.Error) is { } bad)
        {
            return (null, bad.ToString());
        }

        return mailboxes.Mailboxes.Count == 0
            ? (null, $"{truthPath}: the manifest has no mailbox records, of which --shard computes the parts (docs/formats/manifest.md).")
            : (MailboxScope.For(mailboxes.Mailboxes, new MailboxPartition(part.Index, part.Count)).Restrict(manifest), null);
    }

    /// <summary>Makes <paramref name="command"/> print System.CommandLine's parse errors and exit with <see cref="UsageError"/> instead of 1.</summary>
    internal static void ExitWithUsageErrorOnParseErrors(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Action = new UsageErrorAction(command.Action ?? throw new InvalidOperationException("Set the command's action first."));
    }

    /// <summary>Writes <paramref name="message"/> to the error output and returns <see cref="UsageError"/>.</summary>
    internal static int Fail(InvocationConfiguration io, string message)
    {
        io.Error.WriteLine("error: " + message);
        return UsageError;
    }

    private static IAnsiConsole ConsoleFor(TextWriter output) =>
        !ReferenceEquals(output, Console.Out) ? ConsoleReportWriter.CreatePlainConsole(output)
            : Console.IsOutputRedirected ? Output.ProcessConsole.Redirected(output)
            : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });

    /// <summary>What to compare: the output, the snapshots, the manifest, the migration report and the part of the manifest's mailboxes.</summary>
    private sealed record Inputs(string Actual, string? Verified, string? Truth, string? MigrationReport, Sharding.ShardSpec? Shard);

    private sealed class UsageErrorAction(CommandLineAction inner) : AsynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken = default)
        {
            var errors = parseResult.Errors.Select(e => e.Message).Concat(parseResult.UnmatchedTokens.Select(t => $"Unrecognized command or argument '{t}'.")).ToList();
            if (errors.Count > 0)
            {
                foreach (var error in errors)
                {
                    parseResult.InvocationConfiguration.Error.WriteLine("error: " + error);
                }

                parseResult.InvocationConfiguration.Error.WriteLine("Run with --help for usage.");
                return UsageError;
            }

            return inner switch
            {
                AsynchronousCommandLineAction asynchronous => await asynchronous.InvokeAsync(parseResult, cancellationToken).ConfigureAwait(false),
                SynchronousCommandLineAction synchronous => synchronous.Invoke(parseResult),
                _ => throw new InvalidOperationException("Unknown action type " + inner.GetType()),
            };
        }
    }
}
