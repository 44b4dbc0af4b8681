namespace MailMig.Fidelity.Migrator.Sources;

/// <summary>A mailbox a witness of the source names whose messages could not be found, so nothing of it can be migrated.</summary>
/// <param name="Name">The name the witness gives, or a stable placeholder such as <c>recovered-mailbox-7</c>.</param>
/// <param name="ExpectedMessages">How many messages the witness says it held, when it says.</param>
/// <param name="Reason">Why nothing of it could be read, in words.</param>
public sealed record LostMailbox(string Name, int? ExpectedMessages, string Reason);
