namespace MailMig.Fidelity.Generator.Output;

/// <summary>The generated folder's layout: <c>po/</c>, <c>export/</c>, <c>manifest.jsonl</c>, <c>generation.json</c>.</summary>
public static class OutputLayout
{
    /// <summary>The DB8 post office directory.</summary>
    public const string PostOfficeFolder = "po";

    /// <summary>The folder of export files, one per mailbox.</summary>
    public const string ExportFolder = "export";

    /// <summary>The ground-truth manifest.</summary>
    public const string ManifestFile = "manifest.jsonl";

    /// <summary>The record of how the folder was generated.</summary>
    public const string GenerationFile = "generation.json";

    /// <summary>Every top-level entry the generator writes (what <c>--force</c> replaces).</summary>
    public static IReadOnlyList<string> Entries { get; } = [PostOfficeFolder, ExportFolder, ManifestFile, GenerationFile];

    /// <summary>The post-office export file (bulletin boards, no mailbox), relative to the output folder; <c>%</c> keeps it apart from every mailbox's segment.</summary>
    public const string PostOfficeExportFile = $"{ExportFolder}/%bulletin-boards.txt";

    /// <summary>The export file of a mailbox whose file name segment is <paramref name="segment"/>, relative to the output folder.</summary>
    public static string ExportFile(string segment) => $"{ExportFolder}/{segment}.txt";

    /// <summary>Makes sure <paramref name="root"/> can take a new run: empty or absent, or (with <paramref name="force"/>) cleared of earlier outputs.</summary>
    public static void Prepare(string root, bool force)
    {
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            if (!force)
            {
                throw new Generation.GeneratorUsageException($"the output folder '{root}' is not empty; pass --force to replace what an earlier run generated there");
            }

            foreach (var entry in Entries.Select(e => Path.Combine(root, e)))
            {
                if (Directory.Exists(entry))
                {
                    Directory.Delete(entry, recursive: true);
                }
                else if (File.Exists(entry))
                {
                    File.Delete(entry);
                }
            }
        }

        Directory.CreateDirectory(root);
    }
}
