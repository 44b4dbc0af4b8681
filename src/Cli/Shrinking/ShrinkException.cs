namespace MailMig.Fidelity.Cli.Shrinking;

/// <summary>An export that cannot be shrunk as asked: nothing fails, or it cannot be split without changing its bytes.</summary>
public sealed class ShrinkException(string message) : Exception(message);
