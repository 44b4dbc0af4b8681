namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>A mailbox a witness of the store names but whose messages cannot be found at all.</summary>
/// <param name="Id">The mailbox id the witness implies.</param>
/// <param name="Name">The stable placeholder <c>recovered-mailbox-&lt;id&gt;</c>: no surviving witness gives its name.</param>
/// <param name="ExpectedMessages">How many messages the completion record leaves for it, when that can be told.</param>
/// <param name="Reason">Which witness names it and why nothing of it could be read.</param>
public sealed record Db8LostMailbox(int Id, string Name, long? ExpectedMessages, string Reason);
