namespace MailMig.Fidelity.Cli.Merging;

/// <summary>Shard reports that cannot be merged; the message names the folder or file and what is wrong.</summary>
public sealed class MergeException(string message, Exception? inner = null) : Exception(message, inner);
