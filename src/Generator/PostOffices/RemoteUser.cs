namespace MailMig.Fidelity.Generator.PostOffices;

/// <summary>A user of another cc:Mail post office, listed in the directory as a remote user.</summary>
/// <param name="Name">The directory name, <c>Last, First</c>.</param>
/// <param name="PostOffice">The user's post office.</param>
public sealed record RemoteUser(string Name, string PostOffice);
