namespace MailMig.Fidelity.Comparer.Output;

/// <summary>What a directory entry is, read without following symbolic links.</summary>
public enum FileKind
{
    /// <summary>A regular file: the only kind the Comparer ever opens.</summary>
    RegularFile,

    /// <summary>A directory (not a symbolic link to one).</summary>
    Directory,

    /// <summary>A symbolic link (or another reparse point), to anything or nothing.</summary>
    SymbolicLink,

    /// <summary>A named pipe (FIFO): opening it for reading can block forever.</summary>
    Fifo,

    /// <summary>A character or block device.</summary>
    Device,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>An entry whose kind could not be read (it vanished, or access was refused).</summary>
    Unknown,
}
