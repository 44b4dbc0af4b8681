/*
 * `case add`: a customer's export becomes a corpus case without a hand-written file. The export is
 * (optionally shrunk against the failing migrator and anonymized, then) copied byte for byte (the corpora's inputs are binary in .gitattributes, so git never rewrites
 * its line ends), the ground truth is drafted from our reading of it, our migrator's snapshots are
 * approved, and the case is run once more without accepting to prove it passes. Approving writes
 * verified files, so, like MAILMIG_ACCEPT, it never happens on CI.
 */
using System.Text.Json;
using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Generator.Output;
using MailMig.Fidelity.Migrator.Migration;

namespace MailMig.Fidelity.Cli.Cases;

/// <summary>Adds a customer case to the corpora: copy, case.json, draft manifest, approved skips and snapshots.</summary>
public sealed class CaseAdder(SnapshotEnvironment environment)
{
    /// <summary>The guards placeholder written when none was given.</summary>
    public const string GuardsPlaceholder = "DRAFT: say in one line what this case guards (ticket, header, fault)";

    /// <summary>Adds the case <paramref name="request"/> describes; throws <see cref="CaseAddException"/> for a usage error.</summary>
    public async Task<CaseAddResult> AddAsync(CaseAddRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var folder = Prepare(request);
        var work = Path.Combine(Path.GetTempPath(), "mailmig-case-add-" + Guid.NewGuid().ToString("N"));
        try
        {
            var export = Path.Combine(folder, Path.GetFileName(request.Source));
            var prepared = new List<string>();
            await File.WriteAllBytesAsync(export, await new CaseSourcePreparer(request, Path.Combine(work, "prepare")).PrepareAsync(prepared, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            var report = await OurMigration.RunAsync(export, Path.Combine(work, "draft"), request.TimeZone, cancellationToken).ConfigureAwait(false);
            var mailbox = report.Mailboxes.Count > 0 ? report.Mailboxes[0].Name : Path.GetFileNameWithoutExtension(export);
            DraftManifest.Write(export, mailbox, request.TimeZone, report, Path.Combine(folder, OutputLayout.ManifestFile));
            WriteApprovedSkips(report, folder);
            new CorpusCase { Guards = request.Guards ?? GuardsPlaceholder, ExportFile = Path.GetFileName(export), TimeZone = request.TimeZone, Folder = folder }.Save();

            var approving = new CorpusRunner(new InProcessMigratorRunner(), Path.Combine(work, "approve"), new SnapshotSettings { Environment = environment, Accept = true });
            var approved = await approving.RunAsync(CorpusCase.Load(folder), cancellationToken).ConfigureAwait(false);
            var checking = new CorpusRunner(new InProcessMigratorRunner(), Path.Combine(work, "check"), new SnapshotSettings { Environment = environment, Accept = false });
            var check = await checking.RunAsync(CorpusCase.Load(folder), cancellationToken).ConfigureAwait(false);
            var review = prepared.Concat(CaseReview.Of(export, report, request.Guards is null)).Concat(check.Failures.Select(f => "the case does not pass yet: " + string.Join(" ", f.Split('\n').Take(4)))).ToList();
            return new CaseAddResult(folder, approved.Comparison?.Snapshots?.Accepted.Count ?? 0, check.Passed, review);
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private string Prepare(CaseAddRequest request)
    {
        if (request.Name.Length == 0 || request.Name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')) || request.Name.StartsWith('.'))
        {
            throw new CaseAddException($"the case name '{request.Name}' must be letters, digits, '-', '_' or '.' (it names a folder of corpora/)");
        }

        var folder = Path.GetFullPath(Path.Combine(request.Corpora, request.Name));
        if (Directory.Exists(folder))
        {
            throw new CaseAddException($"{folder} already exists; choose another case name or remove the folder");
        }

        if (environment.IsContinuousIntegration)
        {
            throw new CaseAddException("case add approves snapshots, which never happens on CI (CI=true); add the case on a workstation");
        }

        Directory.CreateDirectory(folder);
        return folder;
    }

    private static void WriteApprovedSkips(MigrationReport report, string folder)
    {
        if (report.Skipped.Count == 0)
        {
            return;
        }

        var skips = report.Skipped.Select(s => new ApprovedSkip(s.Mailbox, s.Index, s.Reason)).ToList();
        File.WriteAllText(Path.Combine(folder, CorpusCase.ApprovedSkipsFileName), JsonSerializer.Serialize(skips, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }) + "\n");
    }
}
