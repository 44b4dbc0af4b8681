/*
 * The bubblewrap sandbox a candidate runs in (Debian 12 ships bwrap 0.8.0, which has no --overlay):
 * the whole root read-only, a fresh /dev, /proc and /tmp, the case work folder writable (with
 * {out} inside it) and the source read-only, no network (except for a candidate given {imap}: bwrap 0.8
 * cannot make a namespace holding only the host's loopback, so that candidate keeps the host's network to
 * reach the gate's server on 127.0.0.1; docs/external-migrator.md), its own pid namespace and session, and
 * killed with the gate. A small shell runs the candidate inside: once the candidate exits it kills
 * whatever the candidate left running in the namespace and lists it in a report file the gate
 * reads (the namespace would kill them anyway when the shell exits, but silently).
 */
using System.Diagnostics;

namespace MailMig.Fidelity.Cli.Regression;

/// <summary>Wraps a candidate's command line in bubblewrap.</summary>
public static class Sandbox
{
    /// <summary>The shell run inside the sandbox: "$1" is the report file, the rest the candidate's command.</summary>
    internal const string Supervisor = """
        report=$1; shift
        "$@"
        status=$?
        killed=" "
        for round in 1 2 3; do
          for entry in /proc/[0-9]*; do
            pid=${entry#/proc/}
            case "$killed" in *" $pid "*) continue ;; esac
            if [ "$pid" = 1 ] || [ "$pid" = "$$" ]; then continue; fi
            read -r stat < "$entry/stat" 2>/dev/null || continue
            case "$stat" in *") Z "*|*") X "*) continue ;; esac
            command=$(tr '\0' ' ' < "$entry/cmdline" 2>/dev/null)
            kill -9 "$pid" 2>/dev/null && killed="$killed$pid " && printf 'pid %s %s\n' "$pid" "${command% }" >> "$report"
          done
        done
        exit $status
        """;

    private static readonly Lazy<string?> Unavailable = new(Probe);

    /// <summary>Why the sandbox cannot be used here (bwrap missing or not working), or null when it can.</summary>
    public static string? WhyUnavailable => Unavailable.Value;

    /// <summary>The bwrap command line running <paramref name="argv"/> with <paramref name="workFolder"/> writable, <paramref name="source"/> read-only and the left-running list written to <paramref name="reportFile"/>; no network unless <paramref name="shareNetwork"/>.</summary>
    public static IReadOnlyList<string> Wrap(IReadOnlyList<string> argv, string workFolder, string source, string reportFile, bool shareNetwork = false)
    {
        var args = new List<string> { "bwrap", "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp" };

        // /tmp is fresh inside: whatever the command names outside the work folder is bound back, read-only, parents first.
        var cwd = Directory.GetCurrentDirectory();
        var visible = argv.Append(cwd).Where(Path.IsPathFullyQualified).Select(Path.GetFullPath)
            .Where(p => (File.Exists(p) || Directory.Exists(p)) && !IsWithin(p, workFolder) && p != "/")
            .Distinct().OrderBy(p => p.Length);
        foreach (var path in visible)
        {
            args.AddRange(["--ro-bind-try", path, path]);
        }

        args.AddRange(["--bind", workFolder, workFolder]);
        var fullSource = Path.GetFullPath(source);
        if (IsWithin(fullSource, workFolder) && fullSource != workFolder && (File.Exists(fullSource) || Directory.Exists(fullSource)))
        {
            args.AddRange(["--ro-bind", fullSource, fullSource]);
        }

        var reportFolder = Path.GetDirectoryName(reportFile)!;
        args.AddRange(["--bind", reportFolder, reportFolder]);
        args.AddRange(shareNetwork ? ["--unshare-pid", "--die-with-parent", "--new-session"] : ["--unshare-net", "--unshare-pid", "--die-with-parent", "--new-session"]);
        args.AddRange(["--setenv", "HOME", "/tmp", "--setenv", "DOTNET_CLI_HOME", "/tmp", "--setenv", "TMPDIR", "/tmp", "--chdir", cwd]);
        args.AddRange(["--", "/bin/sh", "-c", Supervisor, "mailmig-sandbox", reportFile, .. argv]);
        return args;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it.</summary>
    internal static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal);

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "the sandbox needs Linux";
        }

        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, "bwrap")));
        if (!found)
        {
            return "bwrap is not installed (Debian: apt-get install bubblewrap)";
        }

        var info = new ProcessStartInfo("bwrap", ["--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--unshare-net", "--unshare-pid", "--die-with-parent", "--", "/bin/true"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var probe = Process.Start(info)!;
        var error = probe.StandardError.ReadToEndAsync();
        if (!probe.WaitForExit(10_000))
        {
            probe.Kill(entireProcessTree: true);
            return "bwrap did not start a sandbox within 10 s";
        }

        return probe.ExitCode == 0 ? null : $"bwrap cannot make a sandbox here: {error.Result.Trim()}";
    }
}
