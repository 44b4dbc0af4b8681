namespace MailMig.Fidelity.CcMail.Diagnostics;

/// <summary>The one exception the cc:Mail readers throw: input that cannot be read at all, with the file and byte offset.</summary>
public sealed class CcMailFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="file"/> at <paramref name="offset"/>.</summary>
    public CcMailFormatException(string message, string? file, long offset, Exception? inner = null)
        : base($"{file ?? "<input>"}@{offset}: {message}", inner)
    {
        File = file;
        Offset = offset;
    }

    /// <summary>The file that could not be read, or null for in-memory input.</summary>
    public string? File { get; }

    /// <summary>The byte offset where reading failed.</summary>
    public long Offset { get; }
}
