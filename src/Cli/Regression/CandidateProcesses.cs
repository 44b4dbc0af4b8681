/*
 * Everything a candidate started must end with its case. Without a sandbox the candidate runs as
 * the leader of its own session (setsid), and every process it starts inherits a token in its
 * environment (the way Jenkins finds a build's processes by BUILD_ID). A process belongs to the
 * candidate when its process group or session is the candidate's, or its environment holds the
 * token: that finds a double-forked setsid grandchild too, unless it also cleared its environment.
 * Linux only (/proc); elsewhere nothing is found and the caller falls back to killing the tree.
 */
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace MailMig.Fidelity.Cli.Regression;

/// <summary>Finds and kills the processes a candidate started, by session, process group and environment token.</summary>
public sealed class CandidateProcesses
{
    /// <summary>The environment variable carrying the token.</summary>
    public const string TokenVariable = "MAILMIG_GATE_CANDIDATE";

    private readonly byte[] _needle;

    /// <summary>Creates a tracker with a fresh token.</summary>
    public CandidateProcesses()
    {
        Token = Guid.NewGuid().ToString("N");
        _needle = Encoding.ASCII.GetBytes($"{TokenVariable}={Token}\0");
    }

    /// <summary>The token to put in the candidate's environment.</summary>
    public string Token { get; }

    /// <summary>The candidate's process id (its session and process group), once started.</summary>
    public int? Leader { get; set; }

    /// <summary>Kills every live process of the candidate (a few rounds, for processes forking meanwhile) and returns each as "pid N command".</summary>
    public IReadOnlyList<string> KillAll()
    {
        var killed = new List<string>();
        for (var round = 0; round < 5; round++)
        {
            var found = Find();
            if (found.Count == 0)
            {
                break;
            }

            foreach (var (pid, command) in found)
            {
                if (Kill(pid))
                {
                    killed.Add($"pid {pid.ToString(CultureInfo.InvariantCulture)} {command}");
                }
            }

            Thread.Sleep(20);
        }

        return killed.Distinct().ToList();
    }

    private List<(int Pid, string Command)> Find()
    {
        var found = new List<(int, string)>();
        if (!Directory.Exists("/proc"))
        {
            return found;
        }

        var self = Environment.ProcessId;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == self)
            {
                continue;
            }

            try
            {
                if (IsLiveMember(folder))
                {
                    found.Add((pid, Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(folder, "cmdline"))).Replace('\0', ' ').TrimEnd()));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended meanwhile, or is not ours to read.
            }
        }

        return found;
    }

    private bool IsLiveMember(string folder)
    {
        // /proc/N/stat: "pid (comm) state ppid pgrp session …"; comm may hold spaces and parentheses.
        var stat = File.ReadAllText(Path.Combine(folder, "stat"));
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        if (fields[0] is "Z" or "X")
        {
            return false;
        }

        if (Leader is { } leader && (fields[2] == leader.ToString(CultureInfo.InvariantCulture) || fields[3] == leader.ToString(CultureInfo.InvariantCulture)))
        {
            return true;
        }

        return File.ReadAllBytes(Path.Combine(folder, "environ")).AsSpan().IndexOf(_needle) >= 0;
    }

    private static bool Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
            return true;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return false;
        }
    }
}
