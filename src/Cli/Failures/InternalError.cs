/*
 * Our own crash is not a usage error: it prints one line starting "Unhandled exception." (the
 * phrase the regression gate's classifier looks for, so a crashing mailmig-fidelity counts as
 * Crashed, not as a refusal), writes the full trace to a file named on that line (or prints it
 * with --verbose), and exits 70.
 */
using System.Globalization;
using MailMig.Fidelity.Cli.Help;

namespace MailMig.Fidelity.Cli.Failures;

/// <summary>Reports an unexpected exception in one line plus a trace file, and returns the internal-error exit code.</summary>
public static class InternalError
{
    /// <summary>Writes the report for <paramref name="exception"/> to <paramref name="error"/> and returns 70.</summary>
    public static int Report(Exception exception, TextWriter error, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(error);
        var shown = exception is AggregateException { InnerExceptions.Count: 1 } single ? single.InnerExceptions[0] : exception;
        var summary = $"Unhandled exception. mailmig-fidelity failed: {OneLine(shown.Message)}";
        if (verbose)
        {
            error.WriteLine(summary);
            error.WriteLine(exception.ToString());
            return ExitCodes.InternalError;
        }

        var trace = TryWriteTrace(exception);
        error.WriteLine(trace is null
            ? summary + " (the trace could not be saved; rerun with --verbose to see it)"
            : $"{summary} (full trace: {trace}; rerun with --verbose to print it)");
        return ExitCodes.InternalError;
    }

    private static string? TryWriteTrace(Exception exception)
    {
        try
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"mailmig-fidelity-crash-{DateTime.UtcNow:yyyyMMdd'T'HHmmss}-{Environment.ProcessId}-{Guid.NewGuid():N}.txt");
            var path = Path.Combine(Path.GetTempPath(), name);
            File.WriteAllText(path, exception.ToString());
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
