using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.Migrator.Migration;
using MailMig.Fidelity.Migrator.Sources;
using MimeKit;

namespace MailMig.Fidelity.Fixtures.FaultyMigrators;

/// <summary>Our migrator with one fault put in: a lost Cc recipient, or cp850 read as cp437.</summary>
public static class FaultyMigration
{
    /// <summary>The faults a run can have.</summary>
    public static IReadOnlyList<string> Faults { get; } = ["drop-cc", "cp437"];

    /// <summary>Migrates <paramref name="source"/> into <paramref name="output"/> with <paramref name="fault"/>; returns the exit code (0, 1 when some were skipped, 2 when the source is no export).</summary>
    public static async Task<int> RunAsync(string fault, string source, string output, string? timeZone)
    {
        var options = fault == "cp437" ? new ExportReaderOptions { CodePage = 437 } : null;
        IMigrationSource opened;
        try
        {
            opened = MigrationSources.Open(source, timeZone, options);
        }
        catch (CcMail.Diagnostics.CcMailFormatException)
        {
            return 2;
        }

        using var disposing = opened;
        var report = await new MigrationEngine(disposing, new MigrationOptions { OutputDirectory = output, MaxParallelism = 1 }).RunAsync();
        if (fault == "drop-cc")
        {
            DropLastCc(output);
        }

        return report.Totals.Skipped > 0 ? 1 : 0;
    }

    private static void DropLastCc(string output)
    {
        foreach (var file in Directory.EnumerateFiles(output, "*.eml", SearchOption.AllDirectories))
        {
            var message = MimeMessage.Load(file);
            if (message.Cc.Count == 0)
            {
                continue;
            }

            message.Cc.RemoveAt(message.Cc.Count - 1);
            message.WriteTo(file);
        }
    }
}
