using System.Diagnostics;

namespace MailMig.Fidelity.Cli.Tests.Support;

/// <summary>Makes named pipes with mkfifo, and releases a reader stuck opening one.</summary>
public static class Fifo
{
    /// <summary>Creates a FIFO at <paramref name="path"/>.</summary>
    public static void Make(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>Opens the FIFO at <paramref name="path"/> read-write (which never blocks), so a reader stuck opening it goes on.</summary>
    public static void Release(string path)
    {
        using var release = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
    }
}
