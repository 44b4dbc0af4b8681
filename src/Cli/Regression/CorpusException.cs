namespace MailMig.Fidelity.Cli.Regression;

/// <summary>A corpus case that cannot be read, with the file and what is wrong.</summary>
public sealed class CorpusException(string message, Exception? inner = null) : Exception(message, inner);
