namespace MailMig.Fidelity.Cli.Cases;

/// <summary>A <c>case add</c> that cannot be done as asked (a usage error: the case exists, CI, an unreadable export).</summary>
public sealed class CaseAddException(string message) : Exception(message);
