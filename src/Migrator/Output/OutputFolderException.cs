namespace MailMig.Fidelity.Migrator.Output;

/// <summary>The output folder cannot be used: another run holds it, or it was written for another target.</summary>
public sealed class OutputFolderException : IOException
{
    /// <summary>Creates the exception with its one-line reason.</summary>
    public OutputFolderException(string message)
        : base(message)
    {
    }
}
