namespace MailMig.Fidelity.Cli.Regression;

/// <summary>A skip the case approves: the message and the reason it may be skipped for.</summary>
public sealed record ApprovedSkip(string Mailbox, int Index, string Reason);
