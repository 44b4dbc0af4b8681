namespace MailMig.Fidelity.Migrator.Output;

/// <summary>Thrown by a writer when its target (a mail server) would not take one message; the message is skipped as <c>target-refused</c> and the run goes on.</summary>
public sealed class TargetRefusedException : Exception
{
    /// <summary>Creates the exception with a sentence saying what the target answered.</summary>
    public TargetRefusedException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public TargetRefusedException()
    {
    }

    /// <summary>Creates the exception with a sentence saying what the target answered.</summary>
    public TargetRefusedException(string message)
        : base(message)
    {
    }
}
