using System.Globalization;
using System.Text.Json;

namespace MailMig.Fidelity.Migrator.Output;

/*
 * One run per output folder: two runs into one --out would overwrite each other's temporary files and reports.
 * The run holds an OS-level lock (FileShare.None on .mailmig.lock, an flock on Unix) for as long as it runs; the
 * process id is written beside it in .mailmig.pid (a locked file cannot be read by the second run), so the second
 * run is refused at once naming the holder. Both files are deleted when the run ends; a killed run leaves them,
 * and its lock dies with the process. A folder whose report names another target is refused too: resuming an eml
 * run as mbox would leave both kinds of files under a report that names one.
 */

/// <summary>The lock a run holds on its output folder.</summary>
public sealed class OutputFolderLock : IDisposable
{
    /// <summary>The lock file's name in the output folder.</summary>
    public const string LockFileName = ".mailmig.lock";

    /// <summary>The name of the file holding the locking process's id.</summary>
    public const string PidFileName = ".mailmig.pid";

    private readonly FileStream _lock;
    private readonly string _pidFile;

    private OutputFolderLock(FileStream held, string pidFile)
    {
        _lock = held;
        _pidFile = pidFile;
    }

    /// <summary>The lock file.</summary>
    public string LockFile => _lock.Name;

    /// <summary>Creates <paramref name="directory"/> if needed and locks it for a run writing <paramref name="target"/>; throws <see cref="OutputFolderException"/> when it is in use or holds another target's output.</summary>
    public static OutputFolderLock Acquire(string directory, string target)
    {
        Directory.CreateDirectory(directory);
        var pidFile = Path.Combine(directory, PidFileName);
        FileStream held;
        try
        {
            held = new FileStream(Path.Combine(directory, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException and not PathTooLongException)
        {
            throw new OutputFolderException($"the output folder '{directory}' is in use by process {Holder(pidFile)}; wait for that run to end or choose another --out");
        }

        try
        {
            CheckTarget(directory, target);
            File.WriteAllText(pidFile, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        }
        catch
        {
            held.Dispose();
            throw;
        }

        return new OutputFolderLock(held, pidFile);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        // Deleted while still locked (Unix allows it; elsewhere the file stays, which is harmless), then released.
        foreach (var file in new[] { _pidFile, LockFile })
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }

        _lock.Dispose();
    }

    private static string Holder(string pidFile)
    {
        try
        {
            var text = File.ReadAllText(pidFile).Trim();
            return text.Length > 0 && text.All(char.IsAsciiDigit) ? text : "(unknown)";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "(unknown)";
        }
    }

    // The report's target is near its start (format, migrator, source, sourceKind, target): the first 64 KB hold it.
    private static void CheckTarget(string directory, string target)
    {
        var report = Path.Combine(directory, Migration.MigrationReport.FileName);
        if (!File.Exists(report))
        {
            return;
        }

        var written = ReportTarget(report);
        if (written is not null && written != target)
        {
            throw new OutputFolderException($"the output folder '{directory}' was written for target {written}, not {target}; resume with --target {written} or choose another --out");
        }
    }

    private static string? ReportTarget(string report)
    {
        var buffer = new byte[64 * 1024];
        int read;
        using (var stream = new FileStream(report, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1))
        {
            read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }

        var reader = new Utf8JsonReader(buffer.AsSpan(0, read), isFinalBlock: false, default);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("target"u8) && reader.Read())
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
            }
        }
        catch (JsonException)
        {
            // An unreadable report says nothing about the target; the run rewrites it.
        }

        return null;
    }
}
