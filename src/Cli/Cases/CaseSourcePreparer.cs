/*
 * What `case add --shrink-with TEMPLATE --anonymize` does to the customer's export before it is
 * committed: shrink it against the migrator that fails on it (with the customer's data, on the
 * workstation), then anonymize it, and check that neither step lost the fault: the anonymized
 * file must migrate with our migrator exactly as before, and still fail the template's migrator
 * the same way. Every step and every doubt becomes a review line.
 */
using System.Security.Cryptography;
using System.Text;
using MailMig.Fidelity.Cli.Anonymizing;
using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Cli.Shrinking;

namespace MailMig.Fidelity.Cli.Cases;

/// <summary>Shrinks and anonymizes a case's export as <c>case add</c> was asked.</summary>
public sealed class CaseSourcePreparer(CaseAddRequest request, string work)
{
    /// <summary>How long one run of the <c>--shrink-with</c> migrator may take before it counts as hung.</summary>
    public static TimeSpan RunTimeout { get; } = TimeSpan.FromSeconds(60);

    /// <summary>The export's bytes to commit; adds what was done and what to check to <paramref name="review"/>.</summary>
    public async Task<byte[]> PrepareAsync(List<string> review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        var bytes = await File.ReadAllBytesAsync(request.Source, cancellationToken).ConfigureAwait(false);
        FailureOracle? oracle = null;
        string? kept = null;
        if (request.ShrinkWith is { } template)
        {
            oracle = new FailureOracle(new ExternalMigratorRunner(CommandTemplate.Parse(template), RunTimeout), true, request.TimeZone, Path.Combine(work, "shrink"), Path.GetFileName(request.Source));
            ShrinkResult result;
            try
            {
                result = await new Shrinker(oracle).ShrinkAsync(bytes, cancellationToken).ConfigureAwait(false);
            }
            catch (ShrinkException e)
            {
                throw new CaseAddException($"--shrink-with: {e.Message}");
            }

            bytes = result.Shrunk.ToBytes();
            kept = result.Kept;
            review.Add($"shrunk with '{template}': {result.Summary()}");
        }

        if (request.Anonymize)
        {
            bytes = await AnonymizeAsync(bytes, review, oracle, kept, cancellationToken).ConfigureAwait(false);
        }

        return bytes;
    }

    private async Task<byte[]> AnonymizeAsync(byte[] bytes, List<string> review, FailureOracle? oracle, string? kept, CancellationToken cancellationToken)
    {
        var key = request.Key is { } text ? Encoding.UTF8.GetBytes(text) : RandomNumberGenerator.GetBytes(32);
        Directory.CreateDirectory(work);
        var plain = Path.Combine(work, "plain-" + Path.GetFileName(request.Source));
        await File.WriteAllBytesAsync(plain, bytes, cancellationToken).ConfigureAwait(false);
        var outcome = await Anonymizer.RunAsync(plain, Path.Combine(work, "anonymized-" + Path.GetFileName(request.Source)), key, request.TimeZone, cancellationToken).ConfigureAwait(false);
        File.Delete(plain);
        var anonymized = ExportAnonymizer.Anonymize(bytes, key);
        review.Add(outcome.Same
            ? "anonymized: our migrator's counts, repairs and skips are unchanged"
            : "anonymized, but it migrates differently (check the fault is still there): " + string.Join("; ", outcome.Differences()));
        if (oracle is not null && kept is not null)
        {
            var after = await oracle.FingerprintAsync(anonymized, cancellationToken).ConfigureAwait(false);
            review.Add(after.Has(kept, prefix: false)
                ? $"the anonymized file still fails the --shrink-with migrator as '{kept}'"
                : $"the anonymized file NO LONGER fails the --shrink-with migrator as '{kept}' (it: {after}); anonymizing removed the fault");
        }

        return anonymized;
    }
}
