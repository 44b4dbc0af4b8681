/*
 * bwrap --die-with-parent uses PR_SET_PDEATHSIG, which fires when the *thread* that forked bwrap
 * ends, not the process: started from a thread-pool thread, a sandbox is SIGKILLed whenever that
 * thread retires (within a fraction of a second under test). Every candidate is therefore started
 * from one background thread that lives as long as the gate, so the sandbox dies with the gate.
 */
using System.Collections.Concurrent;
using System.Diagnostics;

namespace MailMig.Fidelity.Cli.Regression;

/// <summary>Starts processes from one long-lived thread, so "die with parent" means "die with the gate".</summary>
internal static class ProcessLauncher
{
    private static readonly BlockingCollection<(Process Process, TaskCompletionSource Started)> Requests = StartThread();

    /// <summary>Starts <paramref name="process"/> on the launcher thread; the task fails with whatever <see cref="Process.Start()"/> threw.</summary>
    public static Task StartAsync(Process process)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Requests.Add((process, started));
        return started.Task;
    }

    private static BlockingCollection<(Process, TaskCompletionSource)> StartThread()
    {
        var requests = new BlockingCollection<(Process, TaskCompletionSource)>();
        var thread = new Thread(() =>
        {
            foreach (var (process, started) in requests.GetConsumingEnumerable())
            {
                try
                {
                    process.Start();
                    started.SetResult();
                }
                catch (Exception e)
                {
                    started.SetException(e);
                }
            }
        })
        {
            IsBackground = true,
            Name = "mailmig candidate launcher",
        };
        thread.Start();
        return requests;
    }
}
