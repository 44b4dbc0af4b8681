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

    /// <summary>Writes <paramref name="report"/> atomically to <paramref name="outputDirectory"/>, flushed to disk unless <paramref name="flush"/> is false.</summary>
    public static void Write(string outputDirectory, MigrationReport report, bool flush = true) =>
        DurableFiles.WriteAtomic(Path.Combine(outputDirectory, MigrationReport.FileName), Serialize(report), flush);

    /// <summary>Reads the report in <paramref name="outputDirectory"/>.</summary>
    public static MigrationReport Read(string outputDirectory) =>
        JsonSerializer.Deserialize<MigrationReport>(File.ReadAllBytes(Path.Combine(outputDirectory, MigrationReport.FileName)), Options)
        ?? throw new InvalidDataException("the migration report is empty");
}
