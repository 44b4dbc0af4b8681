/*
 * A case's work folder holds the candidate's {out} and, beside it, the gate's own files (the copy of
 * the approved snapshots, the run record). A candidate can write there too (the sandbox binds the
 * whole work folder writable; the work folder watch only reports it afterwards), so before the gate
 * writes one of its own paths it removes whatever stands there, a symbolic link or a FIFO included,
 * without following or opening it.
 */
using MailMig.Fidelity.Comparer.Output;

namespace MailMig.Fidelity.Cli.Regression;

/// <summary>Clears a path the gate is about to write, whatever a candidate left there.</summary>
public static class GateOwnedPath
{
    /// <summary>Removes whatever is at <paramref name="path"/> (a file, a link, a FIFO or a folder tree) without following a link; nothing there is fine.</summary>
    public static void Clear(string path)
    {
        switch (FileKinds.Of(path))
        {
            case FileKind.Directory:
                // A recursive delete removes the links inside a folder, never what they point to.
                Directory.Delete(path, recursive: true);
                break;
            case FileKind.Unknown:
                break;
            default:
                File.Delete(path);
                break;
        }
    }
}
