using System.CommandLine;
using System.Globalization;
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.Cli.Validation;
using MailMig.Fidelity.Migrator.Addresses;
using MailMig.Fidelity.Migrator.Migration;
using MailMig.Fidelity.Migrator.Output;
using MailMig.Fidelity.Migrator.Sources;
using Spectre.Console;

namespace MailMig.Fidelity.Cli.Commands;

/*
 * `mailmig-fidelity migrate`: exit 0 when every message was migrated (repairs included); 1 when anything was
 * skipped, a mailbox was recovered or lost, or an error diagnostic was reported (the report names them); 2 for
 * usage errors, input that cannot be read at all, or an output folder in use or written for another target. The progress
 * bar appears only on an interactive console; the summary table always. MAILMIG_TEST_KILL_AFTER=<n> makes
 * the process exit abruptly (code 137) right after the n-th message is committed, for kill/resume tests.
 * `--target imap://user:password@host:port/` appends to a mail server instead (docs/formats/imap.md); its password
 * is never printed, and a server that cannot be reached or refuses the login is exit 2 before anything is written.
 */

/// <summary>The <c>migrate</c> command: migrates a post office or export file into eml, mbox or Exchange 5.5 files.</summary>
public static class MigrateCommand
{
    /// <summary>The environment variable that makes the process exit abruptly after that many committed messages.</summary>
    public const string KillAfterVariable = "MAILMIG_TEST_KILL_AFTER";

    /// <summary>The exit code of the abrupt test exit.</summary>
    public const int KilledExitCode = 137;

    /// <summary>Builds the command writing to the process console.</summary>
    public static Command Create() => Create(AnsiConsole.Console, Console.Error);

    /// <summary>Builds the command writing its summary to <paramref name="console"/> and errors to <paramref name="error"/>.</summary>
    internal static Command Create(IAnsiConsole console, TextWriter error)
    {
        var source = new Option<string>("--source") { Description = "The post office directory (DB8) or the export file to migrate.", Required = true }.MustExist();
        var output = new Option<string>("--out") { Description = "The output folder (created; rerunning into it resumes).", Required = true }.MustBeWritableFolder();
        var target = new Option<string>("--target") { Description = "The output format (eml, mbox, exchange55), or a mail server to append to: imap://user:password@host:port/ (--out then holds the report).", DefaultValueFactory = _ => "eml" }
            .MustBeFormatOrServer("eml", "mbox", "exchange55");
        var orgDomain = new Option<string?>("--org-domain") { Description = "The domain of IMCEA addresses (default: <post office>.ccmail.invalid)." }.MustBeDomainName();
        var timeZone = new Option<string?>("--time-zone") { Description = "The IANA time zone of the source's local times (an export file's default: UTC, with a warning)." };
        var mapping = new Option<string?>("--mapping") { Description = "A 'cc:Mail name<=>SMTP address' table mapping native users to SMTP." }.MustBeMappingFile();
        var watchdog = new Option<int>("--watchdog-seconds") { Description = "Seconds one message may take before it is skipped.", DefaultValueFactory = _ => 30 }.MustBePositive("seconds");
        var parallelism = new Option<int>("--parallelism") { Description = "Threads converting at once (1: one thread; the output is the same at any value).", DefaultValueFactory = _ => Environment.ProcessorCount }.MustBePositive("threads");
        var shard = new Option<string?>("--shard") { Description = "Migrate only part K of N (e.g. 2/4) of the mailboxes, balanced by message count (docs/formats/mailbox-shards.md); the parts' outputs together equal one unsharded run." }.MustBe(Sharding.ShardSpec.Problem);

        var command = new Command("migrate", "Migrate a cc:Mail post office or export file, accounting for every message.");
        foreach (var option in new Option[] { source, output, target, orgDomain, timeZone, mapping, watchdog, parallelism, shard })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => RunAsync(
            new Request(parse.GetValue(source)!, parse.GetValue(output)!, parse.GetValue(target) ?? "eml", parse.GetValue(orgDomain),
                parse.GetValue(timeZone), parse.GetValue(mapping), parse.GetValue(watchdog), parse.GetValue(parallelism)) { Shard = parse.GetValue(shard) is { } part ? Sharding.ShardSpec.Parse(part) : null },
            console, error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(Request request, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken)
    {
        if (!File.Exists(request.Source) && !Directory.Exists(request.Source))
        {
            return await Fail(error, $"the source '{request.Source}' does not exist").ConfigureAwait(false);
        }

        if (request.TimeZone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(request.TimeZone, out _))
        {
            return await Fail(error, $"unknown time zone '{request.TimeZone}' (use an IANA id such as America/New_York)").ConfigureAwait(false);
        }

        if (request.Mapping is not null && !File.Exists(request.Mapping))
        {
            return await Fail(error, $"the mapping file '{request.Mapping}' does not exist").ConfigureAwait(false);
        }

        if (request.WatchdogSeconds <= 0)
        {
            return await Fail(error, "--watchdog-seconds must be positive").ConfigureAwait(false);
        }

        IMigrationSource opened;
        try
        {
            opened = MigrationSources.Open(request.Source, request.TimeZone);
        }
        catch (Exception ex) when (ex is CcMailFormatException or IOException or UnauthorizedAccessException or NotImplementedException or TimeZoneNotFoundException)
        {
            return await Fail(error, $"cannot read the source '{request.Source}': {ex.Message}").ConfigureAwait(false);
        }

        using var migrationSource = opened;
        if (ImapEndpoint.IsServerUrl(request.Target) && ImapLoginProblem(ImapEndpoint.Parse(request.Target), cancellationToken) is { } problem)
        {
            return await Fail(error, problem).ConfigureAwait(false);
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(migrationSource.PostOffice.TimeZoneId, out _))
        {
            return await Fail(error, $"the source's time zone '{migrationSource.PostOffice.TimeZoneId}' is unknown; name one with --time-zone").ConfigureAwait(false);
        }

        try
        {
            return await MigrateAsync(request, migrationSource, console, cancellationToken).ConfigureAwait(false);
        }
        catch (OutputFolderException ex)
        {
            return await Fail(error, ex.Message).ConfigureAwait(false);
        }
    }

    private static async Task<int> MigrateAsync(Request request, IMigrationSource migrationSource, IAnsiConsole console, CancellationToken cancellationToken)
    {
        MigrationReport report;
        if (console.Profile.Capabilities.Interactive)
        {
            report = await console.Progress().AutoClear(true).StartAsync(async context =>
            {
                var bar = context.AddTask("Migrating", maxValue: 1);
                var options = Options(request, p =>
                {
                    bar.MaxValue = p.MessagesTotal ?? Math.Max(1, p.MessagesDone);
                    bar.Value = p.MessagesDone;
                    bar.Description = string.Create(CultureInfo.InvariantCulture, $"Migrating ({p.MailboxesDone}/{p.MailboxesTotal} mailboxes)");
                });
                var result = await new MigrationEngine(migrationSource, options).RunAsync(cancellationToken).ConfigureAwait(false);
                bar.Value = bar.MaxValue;
                return result;
            }).ConfigureAwait(false);
        }
        else
        {
            report = await new MigrationEngine(migrationSource, Options(request, null)).RunAsync(cancellationToken).ConfigureAwait(false);
        }

        WriteSummary(console, report, request.Output);
        return report.EverythingMigrated ? 0 : 1;
    }

    private static MigrationOptions Options(Request request, Action<MigrationProgress>? progress)
    {
        var killAfter = long.TryParse(Environment.GetEnvironmentVariable(KillAfterVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (long?)null;
        return new MigrationOptions
        {
            OutputDirectory = request.Output,
            Target = request.Target switch { "mbox" => OutputTarget.Mbox, "exchange55" => OutputTarget.Exchange55, var t when ImapEndpoint.IsServerUrl(t) => OutputTarget.Imap, _ => OutputTarget.Eml },
            Imap = ImapEndpoint.IsServerUrl(request.Target) ? ImapEndpoint.Parse(request.Target) : null,
            OrgDomain = request.OrgDomain,
            Mapping = request.Mapping is null ? null : AddressMappingTable.Load(request.Mapping),
            WatchdogTimeout = TimeSpan.FromSeconds(request.WatchdogSeconds),
            MaxParallelism = request.Parallelism,
            Shard = request.Shard is { } part ? new MailboxShard(part.Index, part.Count) : null,
            Progress = progress,
            MessageCommitted = killAfter is null ? null : committed =>
            {
                if (committed == killAfter)
                {
                    Environment.Exit(KilledExitCode);
                }
            },
        };
    }

    private static void WriteSummary(IAnsiConsole console, MigrationReport report, string output)
    {
        var table = new Table().AddColumn("Messages").AddColumn(new TableColumn("Count").RightAligned());
        table.AddRow("source", Count(report.Totals.Source));
        table.AddRow("migrated", Count(report.Totals.Migrated));
        table.AddRow("repaired", Count(report.Totals.Repaired));
        table.AddRow("skipped", Count(report.Totals.Skipped));
        foreach (var reason in report.Skipped.GroupBy(s => s.Reason).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape($"  skipped: {reason.Key}"), Count(reason.Sum(s => s.Count)));
        }

        foreach (var repair in report.Repaired.SelectMany(r => r.Repairs.Select(id => (Id: id, r.Count))).GroupBy(r => r.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape($"  repair: {repair.Key}"), Count(repair.Sum(r => r.Count)));
        }

        console.Write(table);
        WriteProblems(console, report);
        console.MarkupLine(Markup.Escape($"{report.Mailboxes.Count} mailboxes, report: {Path.Combine(output, MigrationReport.FileName)}"));
    }

    // Errors and the warnings that change the result belong on the console, not only in the report file.
    private static void WriteProblems(IAnsiConsole console, MigrationReport report)
    {
        foreach (var recovered in report.Recovered)
        {
            console.MarkupLine(Markup.Escape($"recovered mailbox '{recovered.Name}' (from the {recovered.From}), written to '{recovered.Path}'"));
        }

        foreach (var lost in report.Lost)
        {
            console.MarkupLine(Markup.Escape($"lost mailbox '{lost.Name}'{(lost.ExpectedMessages is { } n ? $" ({n} messages)" : "")}: {lost.Reason}"));
        }

        var shown = report.Diagnostics.Where(d => d.Severity == "error" || DiagnosticOutcomes.ResultChangingWarnings.Contains(d.Code)).ToList();
        foreach (var d in shown.Take(10))
        {
            var times = d.Count is > 1 ? $" ({d.Count} times)" : "";
            console.MarkupLine(Markup.Escape($"{d.Severity} {d.Code}{times}: {d.Message}"));
        }

        if (shown.Count > 10)
        {
            console.MarkupLine(Markup.Escape($"… and {shown.Count - 10} more in the report"));
        }
    }

    // A server that cannot be reached or refuses the login is a usage error found before anything is written.
    private static string? ImapLoginProblem(ImapEndpoint server, CancellationToken cancellationToken)
    {
        try
        {
            using var client = server.Connect(cancellationToken);
            client.Disconnect(true, cancellationToken);
            return null;
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or MailKit.Security.AuthenticationException or MailKit.ProtocolException or MailKit.CommandException or MailKit.Security.SslHandshakeException)
        {
            return $"cannot log in to {server.Shown}: {ex.Message}";
        }
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static async Task<int> Fail(TextWriter error, string message)
    {
        await error.WriteLineAsync($"error: {message}").ConfigureAwait(false);
        return 2;
    }

    private sealed record Request(string Source, string Output, string Target, string? OrgDomain, string? TimeZone, string? Mapping, int WatchdogSeconds, int Parallelism)
    {
        public Sharding.ShardSpec? Shard { get; init; }
    }
}
