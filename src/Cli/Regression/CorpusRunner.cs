/*
 * One case, end to end: make the source (regenerate it from the recipe, or take the customer's
 * export file), check its SHA-256 against the approved one (so "the input changed" is never
 * mistaken for "the migrator changed"), run the migrator under test, judge how the process ended,
 * then verify the output against the case's snapshots and the generator's ground truth and check
 * every skip against the approved list. Each shortfall becomes one readable sentence. The output is
 * the candidate's: it is listed by the Comparer's walker and only its regular files are opened (a
 * FIFO or a link there is a failure naming the entry, never a hang), and the gate's own files
 * beside it are cleared of whatever the candidate left in their place before they are written.
 */
using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Reports;
using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Comparer.Truth;
using MailMig.Fidelity.Generator.Generation;
using MailMig.Fidelity.Generator.Output;

namespace MailMig.Fidelity.Cli.Regression;

/// <summary>Runs corpus cases against a migrator and judges the output.</summary>
public sealed class CorpusRunner
{
    private readonly IMigratorRunner _migrator;
    private readonly string _workRoot;

    /// <summary>Runs cases with <paramref name="migrator"/>, working under <paramref name="workRoot"/>.</summary>
    public CorpusRunner(IMigratorRunner migrator, string workRoot, SnapshotSettings? snapshots = null)
    {
        _migrator = migrator;
        _workRoot = Path.GetFullPath(workRoot);
        Snapshots = snapshots ?? new SnapshotSettings();
    }

    /// <summary>Whether accepting (<c>MAILMIG_ACCEPT=true</c>) may remove approved snapshots that no message produces any more.</summary>
    public bool AllowRemovals { get; init; }

    /// <summary>The snapshot settings (environment, accept override).</summary>
    public SnapshotSettings Snapshots { get; }

    /// <summary>Runs <paramref name="corpusCase"/> and says whether it passes and why not.</summary>
    public async Task<CaseResult> RunAsync(CorpusCase corpusCase, CancellationToken cancellationToken = default)
    {
        var work = Path.Combine(_workRoot, corpusCase.Name);
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        Directory.CreateDirectory(work);
        var failures = new List<string>();
        var notes = new List<string>();
        var (source, manifestPath) = MakeSource(corpusCase, work);
        var manifest = manifestPath is null ? null : ReadManifest(manifestPath);
        CheckInput(corpusCase, source, failures, notes);

        // A customer case names its zone; a generated one (DB8 or export) is in the post office the manifest describes.
        var timeZone = corpusCase.Recipe is null ? corpusCase.TimeZone : manifest?.Header?.TimeZone;

        var output = Path.Combine(work, "out");
        var process = await _migrator.RunAsync(source, output, timeZone, corpusCase.OutputTarget, cancellationToken);
        using var server = process.Server;
        using var store = server is null ? null : ImapMailStore.Open(ImapAccount.Parse(server.Url), cancellationToken);
        if (server is not null)
        {
            notes.Add($"the output was read back from {server.ShownUrl}");
        }

        var (verdict, report, truth, firstMissing, snapshots) = Judge(corpusCase, process, new Output(output, work, store), manifest, failures, notes, cancellationToken);
        CheckSkips(corpusCase, report, failures, notes);
        var whyNot = WhyNotAcceptable(verdict, snapshots, failures.Count);
        new RunAcceptance(corpusCase.Name, corpusCase.Folder, whyNot is null, whyNot).Save(work);
        return new CaseResult
        {
            Case = corpusCase,
            Process = process,
            Verdict = verdict,
            Comparison = new ComparisonReport { Snapshots = snapshots, Truth = truth },
            FirstMissing = firstMissing,
            Failures = failures,
            Notes = notes,
            SourceMessages = manifest?.Messages.Count,
            WorkFolder = work,
            NotAcceptableBecause = whyNot,
        };
    }

    // How the process ended, then the output (a folder, or the server it was given) against the snapshots and the ground truth.
    private (RunVerdict Verdict, MigrationReport? Report, TruthResult? Truth, MissingMessage? FirstMissing, FolderVerificationResult Snapshots) Judge(
        CorpusCase corpusCase, ProcessOutcome process, Output where, Manifest? manifest, List<string> failures, List<string> notes, CancellationToken cancellationToken)
    {
        var (output, work, store) = where;
        var verdict = process.Verdict;
        if (verdict != RunVerdict.Completed)
        {
            failures.Add($"the migrator {DescribeEnding(process)}{Tail(process.StandardError)}");
        }

        // A migrator that died or refused its input may not have made the output folder: then every message is missing.
        Directory.CreateDirectory(output);
        GateOwnedPath.Clear(Path.Combine(work, RunAcceptance.FileName));
        // The ground truth is checked before the snapshots, so accepting can never approve what it calls lost or
        // damaged; the snapshots' failures still come first in the case's account.
        var report = ReadReport(output);
        var truthFailures = new List<string>();
        TruthResult? truth = null;
        MissingMessage? firstMissing = null;
        if (manifest is not null)
        {
            truth = store is null ? new TruthChecker().Check(output, manifest, report, cancellationToken) : new TruthChecker().Check(store, manifest, report, cancellationToken);
            firstMissing = FirstMissing(manifest, truth);
            if (!truth.IsPerfect)
            {
                truthFailures.Add(DescribeTruth(truth));
            }
        }

        var mayAccept = verdict == RunVerdict.Completed && truth is null or { IsPerfect: true };
        var snapshots = VerifySnapshots(corpusCase, where, verdict, mayAccept, failures, notes, cancellationToken);
        failures.AddRange(truthFailures);

        if (firstMissing is not null)
        {
            if (verdict == RunVerdict.Completed)
            {
                verdict = RunVerdict.CompletedWithLoss;
            }

            failures.Add(verdict == RunVerdict.Crashed
                ? $"the migrator crashed on {firstMissing} (the first message missing in source order)"
                : $"the first message missing in source order is {firstMissing}");
        }
        else if (verdict == RunVerdict.Completed && truth is { IsPerfect: false })
        {
            verdict = RunVerdict.CompletedWithLoss;
        }

        return (verdict, report, truth, firstMissing, snapshots);
    }

    /// <summary>Verifies the output against a copy of the approved snapshots in the work folder, so received files never land in <c>corpora/</c>; accepts into the case only a completed run.</summary>
    private FolderVerificationResult VerifySnapshots(CorpusCase corpusCase, Output where, RunVerdict verdict, bool mayAccept, List<string> failures, List<string> notes, CancellationToken cancellationToken)
    {
        var (output, work, store) = where;
        var staging = Path.Combine(work, RunAcceptance.SnapshotsFolder);
        CopyApproved(corpusCase.VerifiedFolder, staging);
        var comparing = new SnapshotSettings { Projection = Snapshots.Projection, Environment = Snapshots.Environment, DiffLauncher = Snapshots.DiffLauncher, Accept = false };
        var snapshots = store is null
            ? new SnapshotFolderVerifier(comparing).Verify(output, staging, cancellationToken)
            : new SnapshotFolderVerifier(comparing).Verify(store, staging, cancellationToken);
        var environment = Snapshots.Environment ?? SnapshotEnvironment.FromProcess();
        var accepting = (Snapshots.Accept ?? environment.AcceptAll) && environment.MayWriteVerified;
        if (accepting && mayAccept && !snapshots.IsSuccess)
        {
            snapshots = new SnapshotAcceptor(environment).Apply(snapshots, corpusCase.VerifiedFolder, AllowRemovals);
            notes.Add($"{snapshots.Accepted.Count} snapshots accepted into {corpusCase.VerifiedFolder}");
        }

        if (snapshots.IsSuccess)
        {
            return snapshots;
        }

        if (snapshots.NotRegularFiles.Count > 0)
        {
            failures.Add(DescribeNotRegular(snapshots.NotRegularFiles));
        }

        // The output of a crashed or hung run is never to be accepted, so its failure names what is missing and no more.
        var kept = !accepting ? ""
            : !mayAccept ? "\nnothing accepted: the ground truth finds messages lost or damaged"
            : snapshots.Orphaned.Count > 0 ? $"\nthe {snapshots.Orphaned.Count} approved snapshots no message produced were kept: accepting removes approved snapshots only with --allow-removals"
            : "";
        failures.Add(verdict == RunVerdict.Completed
            ? SnapshotFindings.Describe(snapshots) + kept
            : $"snapshots: {snapshots.Matched.Count} matched, {snapshots.Differences.Count} differ, {snapshots.Orphaned.Count} approved messages are missing (the output of a run that did not complete is never accepted)");
        return snapshots;
    }

    /// <summary>Reads the candidate's migration report, unless it is not a regular file (a FIFO there would block the reader: it is listed with the other entries that are not regular files).</summary>
    private static MigrationReport? ReadReport(string output)
    {
        var path = Path.Combine(output, MigrationReportReader.FileName);
        return FileKinds.Of(path) == FileKind.RegularFile ? MigrationReportReader.Read(path) : null;
    }

    /// <summary>Copies the approved snapshots into the work folder, where the candidate may have left a link or a FIFO in the copy's place.</summary>
    private static void CopyApproved(string verified, string staging)
    {
        GateOwnedPath.Clear(staging);
        Directory.CreateDirectory(staging);
        if (!Directory.Exists(verified))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(verified, "*" + SnapshotFile.VerifiedExtension, SearchOption.AllDirectories))
        {
            var target = Path.Combine(staging, Path.GetRelativePath(verified, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string DescribeNotRegular(IReadOnlyList<OutputEntry> entries)
    {
        var listed = entries.Take(10).Select(e => $"\n{e.RelativePath}: {e.Describe()}");
        var more = entries.Count > 10 ? $"\n… and {entries.Count - 10} more" : "";
        return $"the output holds {entries.Count} {(entries.Count == 1 ? "entry that is not a regular file" : "entries that are not regular files")} (never opened, never accepted):" + string.Concat(listed) + more;
    }

    /// <summary>Why <c>accept --run</c> may not approve this run, or null when it completed and its only differences are changed fields.</summary>
    private static string? WhyNotAcceptable(RunVerdict verdict, FolderVerificationResult snapshots, int failureCount) =>
        verdict switch
        {
            _ when failureCount == 0 => "the case passed: there is nothing to accept",
            RunVerdict.CompletedWithLoss => "the ground truth finds messages lost or damaged",
            not RunVerdict.Completed => $"the migrator {verdict.ToWords()}",
            _ when snapshots.NotRegularFiles.Count > 0 => $"{snapshots.NotRegularFiles.Count} output entries are not regular files",
            _ when snapshots.Orphaned.Count > 0 => $"{snapshots.Orphaned.Count} approved messages are missing (lost)",
            _ when snapshots.New.Count > 0 => $"{snapshots.New.Count} messages are unexpected (no approved snapshot)",
            _ when snapshots.Differences.Any(d => d.MovedFrom is not null || d.Fields.Contains("duplicate")) => "messages were moved to another folder or written twice",
            _ when snapshots.IsSuccess || failureCount > 1 => "the case fails for more than changed fields (see its failures)",
            _ => null,
        };

    private static (string Source, string? Manifest) MakeSource(CorpusCase corpusCase, string work)
    {
        if (corpusCase.Recipe is { } recipe)
        {
            var generated = Path.Combine(work, "generated");
            try
            {
                Generate(recipe, generated);
            }
            catch (GeneratorUsageException e)
            {
                throw new CorpusException($"{Path.Combine(corpusCase.Folder, CorpusCase.FileName)}: the recipe is not valid: {e.Message}", e);
            }

            var manifestPath = Path.Combine(generated, OutputLayout.ManifestFile);
            if (corpusCase.Source != "export")
            {
                return (Path.Combine(generated, OutputLayout.PostOfficeFolder), manifestPath);
            }

            // A migrator reads one export file per run, as the Wizard read one EXPORT.EXE file per mailbox.
            var exports = Directory.GetFiles(Path.Combine(generated, OutputLayout.ExportFolder));
            return exports.Length == 1
                ? (exports[0], manifestPath)
                : throw new CorpusException($"{Path.Combine(corpusCase.Folder, CorpusCase.FileName)}: an export-source case needs exactly one mailbox (\"users\": 1), the recipe made {exports.Length}");
        }

        var export = Path.Combine(corpusCase.Folder, corpusCase.ExportFile!);
        if (!File.Exists(export))
        {
            throw new CorpusException($"{Path.Combine(corpusCase.Folder, CorpusCase.FileName)}: the export file '{corpusCase.ExportFile}' does not exist");
        }

        var manifest = Path.Combine(corpusCase.Folder, OutputLayout.ManifestFile);
        return (export, File.Exists(manifest) ? manifest : null);
    }

    /// <summary>Reads the ground truth; a manifest with unreadable lines is refused rather than half-checked, in one line naming the file, the first bad line and how many more.</summary>
    private static Manifest ReadManifest(string path)
    {
        var manifest = ManifestReader.Read(path);
        return manifest.ErrorSummary() is { } error
            ? throw new CorpusException($"the ground truth cannot be read: {error}")
            : manifest;
    }

    private static void Generate(CorpusRecipe recipe, string generated) =>
            PostOfficeGenerator.Generate(
                new GeneratorOptions
                {
                    Seed = recipe.Seed,
                    Profile = recipe.Profile,
                    Users = recipe.Users,
                    Messages = recipe.Messages,
                    Faults = recipe.Faults,
                    FaultRate = recipe.FaultRate,
                    CodePage = recipe.CodePage,
                    TimeZoneId = recipe.TimeZone,
                },
                generated,
                force: true);

    private void CheckInput(CorpusCase corpusCase, string source, List<string> failures, List<string> notes)
    {
        var digest = SourceDigest.Of(source);
        if (corpusCase.SourceSha256 == digest)
        {
            return;
        }

        var environment = Snapshots.Environment ?? SnapshotEnvironment.FromProcess();
        if ((Snapshots.Accept ?? environment.AcceptAll) && environment.MayWriteVerified)
        {
            corpusCase.WithSourceSha256(digest).Save();
            notes.Add($"the input's SHA-256 was recorded as {digest}");
            return;
        }

        failures.Add(corpusCase.SourceSha256 is null
            ? $"the case records no input SHA-256 (the generated input is {digest}); approve it with MAILMIG_ACCEPT=true"
            : $"the INPUT changed, not (only) the migrator: the generated source's SHA-256 is {digest}, the case approved {corpusCase.SourceSha256} "
              + "(the generator or its recipe changed; if that is intended, re-approve with MAILMIG_ACCEPT=true and review the snapshot changes)");
    }

    private static void CheckSkips(CorpusCase corpusCase, MigrationReport? report, List<string> failures, List<string> notes)
    {
        var approved = corpusCase.LoadApprovedSkips();
        var actual = report?.Skipped ?? [];
        foreach (var skip in actual)
        {
            if (!approved.Any(a => a.Mailbox == skip.Mailbox && a.Index == skip.Index && a.Reason == skip.Reason))
            {
                failures.Add($"a skip that {CorpusCase.ApprovedSkipsFileName} does not approve: mailbox '{skip.Mailbox}', message {skip.Index}, reason {skip.Reason}{(skip.Detail is null ? "" : $" ({skip.Detail})")}");
            }
        }

        foreach (var skip in approved)
        {
            if (!actual.Any(a => a.Mailbox == skip.Mailbox && a.Index == skip.Index && a.Reason == skip.Reason))
            {
                notes.Add($"an approved skip no longer happens: mailbox '{skip.Mailbox}', message {skip.Index}, reason {skip.Reason}");
            }
        }
    }

    private static MissingMessage? FirstMissing(Manifest manifest, TruthResult truth)
    {
        var missing = truth.Differences
            .Where(d => d.Field == TruthField.Message && d.OutputFile is null && d.Index is not null)
            .Select(d => (d.Mailbox, d.Index!.Value))
            .ToHashSet();
        var first = manifest.Messages.FirstOrDefault(m => missing.Contains((m.Mailbox, m.Index)));
        return first is null
            ? null
            : new MissingMessage(first.Mailbox, first.Index, first.Content.Subject,
                first.Faults.Select(f => f.Detail is null ? f.Id : $"{f.Id} ({f.Detail})").ToList());
    }

    private static string DescribeTruth(TruthResult truth)
    {
        var lines = truth.Differences.Take(10)
            .Select(d => $"{Where(d)}: {d.Field}{(d.Detail is null ? "" : "/" + d.Detail)}: expected {d.Expected.Full}, got {d.Actual.Full}");
        var more = truth.Differences.Count > 10 ? $"\n… and {truth.Differences.Count - 10} more differences" : "";
        return $"the ground truth grades the run {truth.Run.Grade}, with {truth.Differences.Count} differences:\n" + string.Join("\n", lines) + more;
    }

    /// <summary>Where a difference is: the message ("Ann #3"), or the output entry when it is no message.</summary>
    private static string Where(TruthDifference difference) =>
        difference.Index is { } index ? $"{difference.Mailbox} #{index}" : difference.OutputFile ?? difference.Mailbox;

    /// <summary>How the migrator process ended, in words ("CRASHED: killed by signal 6 …", "wrote outside {out}: x (…)").</summary>
    private static string DescribeEnding(ProcessOutcome process) => process.Verdict switch
    {
        RunVerdict.Crashed => $"CRASHED: {process.Detail}",
        RunVerdict.Hung => $"HUNG: {process.Detail}",
        RunVerdict.WroteOutsideOutput => process.Detail,
        var verdict => $"{verdict.ToWords()}: {process.Detail}",
    };

    private static string Tail(string standardError)
    {
        var lines = standardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "" : "\n  stderr: " + string.Join("\n  stderr: ", lines.Take(6));
    }

    /// <summary>Where a run's output is: its folder (the report, and the messages unless a server holds them), the case's work folder, and the server read back, if any.</summary>
    private sealed record Output(string Folder, string Work, ImapMailStore? Store);
}
