namespace MailMig.Fidelity.Generator.Generation;

/// <summary>Options that cannot be generated (unknown profile or fault, impossible sizes); the message says what is valid.</summary>
public sealed class GeneratorUsageException : Exception
{
    /// <summary>Creates the exception with a message a person can act on.</summary>
    public GeneratorUsageException(string message)
        : base(message)
    {
    }
}
