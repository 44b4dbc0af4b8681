/*
 * `anonymize` end to end: the export anonymized with a key, then both files migrated by our
 * migrator, because an anonymization that changes what the migrator does (a count, a repair, a
 * skip) has removed the fault along with the data.
 */
using MailMig.Fidelity.Cli.Cases;

namespace MailMig.Fidelity.Cli.Anonymizing;

/// <summary>Anonymizes an export file and checks our migrator's outcome did not change.</summary>
public static class Anonymizer
{
    /// <summary>Writes <paramref name="source"/> anonymized under <paramref name="key"/> to <paramref name="output"/> and compares the two migrations.</summary>
    public static async Task<AnonymizeOutcome> RunAsync(string source, string output, byte[] key, string? timeZone, CancellationToken cancellationToken = default)
    {
        var anonymized = ExportAnonymizer.Anonymize(await File.ReadAllBytesAsync(source, cancellationToken).ConfigureAwait(false), key);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllBytesAsync(output, anonymized, cancellationToken).ConfigureAwait(false);
        var work = Path.Combine(Path.GetTempPath(), "mailmig-anonymize-" + Guid.NewGuid().ToString("N"));
        try
        {
            var before = await OurMigration.RunAsync(source, Path.Combine(work, "original"), timeZone, cancellationToken).ConfigureAwait(false);
            var after = await OurMigration.RunAsync(output, Path.Combine(work, "anonymized"), timeZone, cancellationToken).ConfigureAwait(false);
            return new AnonymizeOutcome(OurMigration.Outcome(before), OurMigration.Outcome(after));
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }
}
