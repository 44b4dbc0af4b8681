/*
 * The gate and the tests start a throwaway Dovecot through scripts/imap-test-server.sh (copied beside the
 * built command), so there is one way to make a test server. Its folder is made directly under the temp
 * folder with mode 755: Dovecot reads the mail as a non-root user, who must be let through every parent.
 */
using System.Diagnostics;

namespace MailMig.Fidelity.Cli.Imap;

/// <summary>A throwaway Dovecot on loopback, started by scripts/imap-test-server.sh and stopped on dispose.</summary>
public sealed class ImapTestServer : IDisposable
{
    private ImapTestServer(string folder, string url)
    {
        Folder = folder;
        Url = url;
    }

    /// <summary>The script beside the built command.</summary>
    public static string Script => Path.Combine(AppContext.BaseDirectory, "scripts", "imap-test-server.sh");

    /// <summary>Why no server can be started here (Dovecot or the script missing), or null when one can.</summary>
    public static string? WhyUnavailable =>
        !File.Exists(Script) ? $"the script {Script} is missing"
        : !OnPath("dovecot") ? "dovecot is not installed (Debian: apt-get install dovecot-imapd, or .ci/install-deps.sh)"
        : null;

    /// <summary>The server's folder (mail, configuration, log).</summary>
    public string Folder { get; }

    /// <summary>The server's URL with its credentials (<c>imap://user:password@127.0.0.1:port/</c>); never print it.</summary>
    public string Url { get; }

    /// <summary>The URL without its password, for people.</summary>
    public string ShownUrl => ImapUrls.WithoutPassword(Url);

    /// <summary>Starts a server in a new folder under the temp folder; throws <see cref="InvalidOperationException"/> with the script's error when it cannot.</summary>
    public static ImapTestServer Start()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mailmig-imap-" + Guid.NewGuid().ToString("N")[..12]);
        if (OperatingSystem.IsWindows())
        {
            throw new InvalidOperationException("the IMAP test server needs Linux (Dovecot)");
        }

        Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var (code, output, error) = RunScript("start", folder);
        var url = output.Trim();
        if (code != 0 || !url.StartsWith("imap://", StringComparison.Ordinal))
        {
            Delete(folder);
            throw new InvalidOperationException($"the IMAP test server did not start (exit {code}): {error.Trim()}");
        }

        return new ImapTestServer(folder, url);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        RunScript("stop", Folder);
        Delete(Folder);
    }

    private static (int Code, string Output, string Error) RunScript(string command, string folder)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Script, command, folder })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(30_000))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "", "the script did not finish within 30 s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    private static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A server that would not stop may still hold a file; the temp folder is cleaned by the system.
        }
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/sbin")
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}
