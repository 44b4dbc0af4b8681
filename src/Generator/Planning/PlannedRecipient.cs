namespace MailMig.Fidelity.Generator.Planning;

/// <summary>A local recipient of an event.</summary>
/// <param name="User">The user's index.</param>
/// <param name="Role">The header the user is listed in.</param>
public readonly record struct PlannedRecipient(int User, RecipientRole Role);
