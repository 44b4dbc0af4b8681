using System.Diagnostics;
using System.Text;

namespace MailMig.Fidelity.Cli.Regression;

/// <summary>Runs any migrator executable from a command template with a timeout and classifies how it ended.</summary>
public sealed class ExternalMigratorRunner : IMigratorRunner
{
    private const int TailLength = 8 * 1024;

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

    /// <inheritdoc/>
    public string Name => Template.Text;

    /// <summary>Extra environment variables for the process.</summary>
    public IDictionary<string, string> Environment { get; } = new Dictionary<string, string>();

    /// <summary>Runs the migrator on <paramref name="source"/> into <paramref name="output"/> and says how the process ended.</summary>
    public async Task<ProcessOutcome> RunAsync(string source, string output, string? timeZone = null, string target = "eml", CancellationToken cancellationToken = default)
    {
        var argv = Template.Expand(source, output, timeZone ?? "UTC", target);
        var info = new ProcessStartInfo(argv[0])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in argv.Skip(1))
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in Environment)
        {
            info.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        var stderr = new TailBuffer(TailLength);
        process.ErrorDataReceived += (_, e) => stderr.AppendLine(e.Data);
        process.OutputDataReceived += (_, _) => { };
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or FileNotFoundException)
        {
            return new ProcessOutcome(RunVerdict.Failed, null, null, clock.Elapsed, "", $"could not start '{argv[0]}': {e.Message}");
        }

        process.StandardInput.Close();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            return new ProcessOutcome(RunVerdict.Hung, null, null, clock.Elapsed, stderr.ToString(),
                $"did not finish within {Timeout.TotalSeconds:0.#} s and was killed");
        }

        // WaitForExitAsync returns once the process ended and its redirected streams reached end of file.
        var (verdict, signal, detail) = ExitCodeClassifier.Classify(process.ExitCode, stderr.ToString());
        return new ProcessOutcome(verdict, process.ExitCode, signal, clock.Elapsed, stderr.ToString(), detail);
    }

    private sealed class TailBuffer(int capacity)
    {
        private readonly StringBuilder _text = new();
        private readonly Lock _gate = new();

        public void AppendLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_gate)
            {
                _text.AppendLine(line);
                if (_text.Length > capacity * 2)
                {
                    _text.Remove(0, _text.Length - capacity);
                }
            }
        }

        public override string ToString()
        {
            lock (_gate)
            {
                return _text.Length > capacity ? _text.ToString(_text.Length - capacity, capacity) : _text.ToString();
            }
        }
    }
}
