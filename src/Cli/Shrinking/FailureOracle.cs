/*
 * Runs the migrator under test on one candidate export and says how it failed. The verdict counts
 * first (crash signal, hang, refusal); for a run that completes, the reference is our migrator on
 * the SAME candidate (differential testing): skips ours does not make, lost or unexpected messages
 * and the fields whose snapshots differ. Without a reference (our migrator is the subject) only
 * verdicts and skips count. Results are cached by content, so a candidate is never run twice.
 */
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using MailMig.Fidelity.Cli.Cases;
using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Cli.Shrinking;

/// <summary>Fingerprints how a migrator fails on candidate exports, with our migrator as the reference.</summary>
public sealed class FailureOracle
{
    private static readonly SnapshotEnvironment Quiet = SnapshotEnvironment.FromVariables(new Dictionary<string, string> { [SnapshotEnvironment.DiffEngineDisabledVariable] = "true" });
    private readonly ConcurrentDictionary<string, Lazy<Task<Fingerprint>>> _cache = new(StringComparer.Ordinal);
    private readonly IMigratorRunner _candidate;
    private readonly string _workRoot;
    private readonly string _fileName;
    private int _runs;

    /// <summary>Runs <paramref name="candidate"/> on files named <paramref name="fileName"/> under <paramref name="workRoot"/>; <paramref name="differential"/> compares with our migrator.</summary>
    public FailureOracle(IMigratorRunner candidate, bool differential, string? timeZone, string workRoot, string fileName)
    {
        _candidate = candidate;
        Differential = differential;
        TimeZone = timeZone;
        _workRoot = workRoot;
        _fileName = fileName;
    }

    /// <summary>Whether completed runs are compared with our migrator's output for the same input.</summary>
    public bool Differential { get; }

    /// <summary>The IANA zone the migrators are told.</summary>
    public string? TimeZone { get; }

    /// <summary>How many candidates were run (cached repeats not counted).</summary>
    public int Runs => _runs;

    /// <summary>How the migrator fails on <paramref name="export"/>.</summary>
    public Task<Fingerprint> FingerprintAsync(byte[] export, CancellationToken cancellationToken = default)
    {
        var key = Convert.ToHexString(SHA256.HashData(export));
        return _cache.GetOrAdd(key, _ => new Lazy<Task<Fingerprint>>(() => ComputeAsync(export, cancellationToken))).Value;
    }

    private async Task<Fingerprint> ComputeAsync(byte[] export, CancellationToken cancellationToken)
    {
        var run = Interlocked.Increment(ref _runs);
        var folder = Path.Combine(_workRoot, run.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        try
        {
            var source = Path.Combine(folder, _fileName);
            await File.WriteAllBytesAsync(source, export, cancellationToken).ConfigureAwait(false);
            var output = Path.Combine(folder, "out");
            var outcome = await _candidate.RunAsync(source, output, TimeZone, "eml", cancellationToken).ConfigureAwait(false);
            if (outcome.Verdict != RunVerdict.Completed)
            {
                return new Fingerprint([Verdict(outcome)]);
            }

            var skips = MigrationReportReader.Read(Path.Combine(output, MigrationReportReader.FileName))?.Skipped ?? [];
            if (!Differential)
            {
                return new Fingerprint(skips.Select(s => "skipped: " + s.Reason).Distinct().ToList());
            }

            return new Fingerprint(await CompareWithOursAsync(source, output, skips, folder, cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<List<string>> CompareWithOursAsync(string source, string output, IReadOnlyList<ReportedSkip> skips, string folder, CancellationToken cancellationToken)
    {
        var ours = Path.Combine(folder, "ours");
        Migrator.Migration.MigrationReport reference;
        try
        {
            reference = await OurMigration.RunAsync(source, ours, TimeZone, cancellationToken).ConfigureAwait(false);
        }
        catch (CcMail.Diagnostics.CcMailFormatException)
        {
            // Our migrator refuses a candidate that is no export any more (every block removed): no reference, so not the same failure.
            return ["the reference migrator refuses the input"];
        }

        var facts = skips.Where(s => !reference.Skipped.Any(r => r.Index == s.Index && r.Reason == s.Reason)).Select(s => "skipped: " + s.Reason).Distinct().ToList();
        var verified = Path.Combine(folder, "reference");
        Directory.CreateDirectory(verified);
        Directory.CreateDirectory(output);
        Directory.CreateDirectory(ours);
        new SnapshotAcceptor(Quiet).AcceptActual(ours, verified, new SnapshotSettings { Environment = Quiet, Accept = true });
        var result = new SnapshotFolderVerifier(new SnapshotSettings { Environment = Quiet, Accept = false }) { MaxDegreeOfParallelism = 1 }.Verify(output, verified, cancellationToken);
        if (result.Orphaned.Count > 0)
        {
            facts.Add("loses messages");
        }

        if (result.New.Count > 0)
        {
            facts.Add("writes unexpected messages");
        }

        facts.AddRange(result.Differences.OrderBy(d => d.Name, StringComparer.Ordinal).SelectMany(d => d.Fields).Select(f => "differs: " + f).Distinct());
        return facts;
    }

    private static string Verdict(ProcessOutcome outcome) => outcome.Verdict switch
    {
        RunVerdict.Crashed when outcome.Signal is { } signal => $"crashed (signal {signal})",
        RunVerdict.Crashed when outcome.Detail.StartsWith("unhandled ", StringComparison.Ordinal) => $"crashed ({outcome.Detail["unhandled ".Length..].Split(':')[0]})",
        RunVerdict.Crashed => "crashed",
        RunVerdict.Hung => "hung",
        _ when outcome.ExitCode is { } code => $"refused (exit {code})",
        _ => "refused (did not start)",
    };
}
