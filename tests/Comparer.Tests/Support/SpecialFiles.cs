using System.Diagnostics;

namespace MailMig.Fidelity.Comparer.Tests.Support;

/// <summary>Makes the entries an output tree must never follow or open: symbolic links and named pipes.</summary>
internal static class SpecialFiles
{
    public static void Fifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
        if (!process.WaitForExit(10_000) || process.ExitCode != 0)
        {
            throw new InvalidOperationException("mkfifo failed: " + process.StandardError.ReadToEnd());
        }
    }

    public static void Link(string path, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
    }

    /// <summary>Runs <paramref name="work"/> on the thread pool and fails after <paramref name="seconds"/> instead of hanging the test run.</summary>
    public static async Task<T> WithinSeconds<T>(int seconds, Func<T> work)
    {
        var task = Task.Run(work);
        var finished = await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(seconds)));
        Assert.True(finished == task, $"did not finish within {seconds} s (a link was followed or a FIFO opened)");
        return await task;
    }
}
