using System.Text.Json;
using MailMig.Fidelity.Migrator.Output;

namespace MailMig.Fidelity.Migrator.Migration;

/// <summary>Reads and writes <c>migration-report.json</c> (UTF-8, camelCase, indented).</summary>
public static class MigrationReportFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The report's JSON bytes.</summary>
    public static byte[] Serialize(MigrationReport report) => JsonSerializer.SerializeToUtf8Bytes(report, Options);

    /// <summary>Writes <paramref name="report"/> atomically to <paramref name="outputDirectory"/>, streamed (never whole in memory), flushed to disk unless <paramref name="flush"/> is false.</summary>
    public static void Write(string outputDirectory, MigrationReport report, bool flush = true)
    {
        var path = Path.Combine(outputDirectory, MigrationReport.FileName);
        var temp = path + DurableFiles.TempSuffix;
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
        {
            JsonSerializer.Serialize(stream, report, Options);
            stream.Flush(flushToDisk: flush);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads the report in <paramref name="outputDirectory"/>.</summary>
    public static MigrationReport Read(string outputDirectory) =>
        JsonSerializer.Deserialize<MigrationReport>(File.ReadAllBytes(Path.Combine(outputDirectory, MigrationReport.FileName)), Options)
        ?? throw new InvalidDataException("the migration report is empty");
}
