/*
 * A candidate migrator is run as a stranger: in the bubblewrap sandbox when it is available, in
 * its own session otherwise; its streams read as raw bytes into bounded captures; waited for only
 * until its own process ends (never for a pipe some child inherited) or the timeout passes; then
 * everything it started is killed and listed, and its work folder outside {out} is checked. A template with
 * {imap} gets a fresh throwaway Dovecot per run (scripts/imap-test-server.sh), handed on in the outcome for
 * the gate to read back and stop.
 */
using System.Diagnostics;

namespace MailMig.Fidelity.Cli.Regression;

/// <summary>Runs any migrator executable from a command template with a timeout and classifies how it ended.</summary>
public sealed class ExternalMigratorRunner : IMigratorRunner
{
    /// <summary>How long the gate keeps reading streams after the candidate ended and its processes were killed.</summary>
    private static readonly TimeSpan StreamGrace = TimeSpan.FromSeconds(2);

    /// <summary>Creates a runner for <paramref name="template"/> that kills the process after <paramref name="timeout"/>.</summary>
    public ExternalMigratorRunner(CommandTemplate template, TimeSpan timeout)
    {
        Template = template;
        Timeout = timeout;
    }

    /// <summary>The command template.</summary>
    public CommandTemplate Template { get; }

    /// <summary>How long a run may take before it counts as hung.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>Whether to run the migrator inside the bubblewrap sandbox when bwrap is available.</summary>
    public bool UseSandbox { get; init; } = true;

    /// <inheritdoc/>
    public string Name => Template.Text;

    /// <summary>Extra environment variables for the process.</summary>
    public IDictionary<string, string> Environment { get; } = new Dictionary<string, string>();

    /// <summary>Runs the migrator on <paramref name="source"/> into <paramref name="output"/> and says how the process ended.</summary>
    public async Task<ProcessOutcome> RunAsync(string source, string output, string? timeZone = null, string target = "eml", CancellationToken cancellationToken = default)
    {
        var program = Template.Expand(source, output)[0];
        if (!CanFind(program))
        {
            return new ProcessOutcome(RunVerdict.Failed, null, null, TimeSpan.Zero, "", $"could not start '{program}': no such program");
        }

        Imap.ImapTestServer? server = null;
        if (Template.UsesImap)
        {
            try
            {
                server = Imap.ImapTestServer.Start();
            }
            catch (InvalidOperationException e)
            {
                return new ProcessOutcome(RunVerdict.Failed, null, null, TimeSpan.Zero, "", e.Message);
            }
        }

        try
        {
            var outcome = await RunAsync(Template.Expand(source, output, timeZone ?? "UTC", target, server?.Url ?? ""), source, output, server is not null, cancellationToken);
            return outcome with { Server = server };
        }
        catch
        {
            server?.Dispose();
            throw;
        }
    }

    private async Task<ProcessOutcome> RunAsync(IReadOnlyList<string> argv, string source, string output, bool network, CancellationToken cancellationToken)
    {
        var work = Path.GetDirectoryName(Path.GetFullPath(output))!;
        Directory.CreateDirectory(work);
        var watch = WorkFolderWatch.Start(work, output);
        var sandboxed = UseSandbox && Sandbox.WhyUnavailable is null;
        var gateFolder = Directory.CreateTempSubdirectory("mailmig-gate-").FullName;
        try
        {
            var leftFile = Path.Combine(gateFolder, "left-running");
            File.WriteAllText(leftFile, "");
            var command = sandboxed ? Sandbox.Wrap(argv, work, source, leftFile, shareNetwork: network) : InOwnSession(argv);
            var outcome = await SuperviseAsync(command, argv[0], cancellationToken);
            // In the sandbox, bwrap's own pid-1 process may still be tearing down when the gate looks: it is the
            // sandbox, not the candidate's, and what the candidate left inside is listed by the supervisor (leftFile).
            var left = sandboxed
                ? File.ReadAllLines(leftFile).Concat(outcome.LeftRunning.Where(p => !IsSandboxItself(p))).ToList()
                : outcome.LeftRunning;
            return Judge(outcome with { LeftRunning = left, Sandboxed = sandboxed }, watch.Changes(), sandboxed, argv[0]);
        }
        finally
        {
            Directory.Delete(gateFolder, recursive: true);
        }
    }

    private ProcessOutcome Judge(ProcessOutcome outcome, IReadOnlyList<string> outside, bool sandboxed, string program)
    {
        if (sandboxed && outcome.ExitCode == 1 && outcome.StandardError.StartsWith("bwrap: ", StringComparison.Ordinal))
        {
            outcome = outcome with { Verdict = RunVerdict.Failed, Detail = "the sandbox could not start the migrator: " + outcome.StandardError.Split('\n')[0] };
        }
        else if ((sandboxed || WrapsInSetsid) && outcome.ExitCode is 126 or 127)
        {
            // The sandbox's shell, or setsid, could not run the program (not executable, or not visible there).
            var where = sandboxed ? " in the sandbox" : "";
            outcome = outcome with { Verdict = RunVerdict.Failed, Detail = $"could not start '{program}'{where} (exit code {outcome.ExitCode}): {outcome.StandardError.Split('\n')[0]}" };
        }

        if (!sandboxed && UseSandbox)
        {
            outcome = outcome with { Detail = $"{outcome.Detail} (not sandboxed: {Sandbox.WhyUnavailable})" };
        }

        if (outside.Count == 0)
        {
            return outcome;
        }

        var listed = string.Join(", ", outside.Take(10)) + (outside.Count > 10 ? $" and {outside.Count - 10} more" : "");
        var sentence = $"wrote outside {{out}}: {listed}";
        return outcome with
        {
            WroteOutside = outside,
            Verdict = outcome.Verdict == RunVerdict.Completed ? RunVerdict.WroteOutsideOutput : outcome.Verdict,
            Detail = outcome.Verdict == RunVerdict.Completed ? $"{sentence} ({outcome.Detail})" : $"{outcome.Detail}; it also {sentence}",
        };
    }

    /// <summary>Whether a left-running entry ("pid N command …") is a bubblewrap process of the sandbox itself.</summary>
    private static bool IsSandboxItself(string entry) =>
        entry.Split(' ', 4) is [_, _, var command, ..] && Path.GetFileName(command) == "bwrap";

    /// <summary>Whether <paramref name="program"/> is an existing file, or (without a folder part) a file in a PATH folder.</summary>
    private static bool CanFind(string program) =>
        program.Contains('/', StringComparison.Ordinal) || program.Contains('\\', StringComparison.Ordinal)
            ? File.Exists(program)
            : (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Any(folder => File.Exists(Path.Combine(folder, program)) || File.Exists(Path.Combine(folder, program + ".exe")));

    /// <summary>The command made the leader of its own session with util-linux <c>setsid</c>, when that is installed.</summary>
    private static IReadOnlyList<string> InOwnSession(IReadOnlyList<string> argv) =>
        WrapsInSetsid ? ["/usr/bin/setsid", .. argv] : argv;

    // Outside the sandbox the program runs under setsid when it is installed; setsid's exit codes 126 and 127 then mean "could not run it".
    private static bool WrapsInSetsid => File.Exists("/usr/bin/setsid");

    private async Task<ProcessOutcome> SuperviseAsync(IReadOnlyList<string> command, string program, CancellationToken cancellationToken)
    {
        var tracker = new CandidateProcesses();
        using var process = new Process { StartInfo = StartInfo(command, tracker) };
        var clock = Stopwatch.StartNew();
        try
        {
            await ProcessLauncher.StartAsync(process);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or FileNotFoundException)
        {
            return new ProcessOutcome(RunVerdict.Failed, null, null, clock.Elapsed, "", $"could not start '{program}': {e.Message}");
        }

        tracker.Leader = process.Id;
        process.StandardInput.Close();
        var stdout = new BoundedCapture();
        var stderr = new BoundedCapture();
        using var stopReading = new CancellationTokenSource();
        var pumps = Task.WhenAll(Pump(stdout, process.StandardOutput.BaseStream, stopReading.Token), Pump(stderr, process.StandardError.BaseStream, stopReading.Token));
        var hung = !await WaitAsync(process, cancellationToken);
        if (hung)
        {
            Stop(process);
        }

        // Whatever the candidate left behind dies now; only then are its streams given a moment to end.
        var left = tracker.KillAll();
        await Task.WhenAny(pumps, Task.Delay(StreamGrace, CancellationToken.None));
        await stopReading.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        var error = stderr.ToString();
        var (verdict, signal, detail) = hung
            ? (RunVerdict.Hung, null, $"did not finish within {Timeout.TotalSeconds:0.#} s and was killed")
            : ExitCodeClassifier.Classify(process.ExitCode, error);
        return new ProcessOutcome(verdict, hung ? null : process.ExitCode, signal, clock.Elapsed, error, detail)
        {
            StandardOutput = stdout.ToString(),
            OutputBytes = stdout.TotalBytes,
            ErrorBytes = stderr.TotalBytes,
            LeftRunning = hung ? [] : left,
        };
    }

    private ProcessStartInfo StartInfo(IReadOnlyList<string> command, CandidateProcesses tracker)
    {
        var info = new ProcessStartInfo(command[0])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in command.Skip(1))
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in Environment)
        {
            info.Environment[key] = value;
        }

        info.Environment[CandidateProcesses.TokenVariable] = tracker.Token;
        return info;
    }

    /// <summary>Waits for the candidate's own process (not its streams); false when the timeout passed first.</summary>
    private async Task<bool> WaitAsync(Process process, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(3));
        }
        catch (InvalidOperationException)
        {
            // It ended by itself meanwhile.
        }
    }

    private static async Task Pump(BoundedCapture capture, Stream stream, CancellationToken stop)
    {
        try
        {
            await capture.ReadToEndAsync(stream, stop);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The gate stopped reading: a process it could not find still holds the pipe.
        }
    }
}
