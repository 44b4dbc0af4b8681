using MailMig.Fidelity.CcMail.Addresses;

namespace MailMig.Fidelity.Generator.PostOffices;

/// <summary>A user of the generated post office: a mailbox owner.</summary>
/// <param name="Index">The user's position in the post office (0-based), also the mailbox's store position.</param>
/// <param name="Name">The directory name, <c>Last, First</c>.</param>
/// <param name="FirstName">The first name, for greetings and signatures.</param>
/// <param name="Address">The user's native address at the post office.</param>
/// <param name="Folders">Every folder of the mailbox: the system folders then the user's own, parents before children.</param>
/// <param name="UserFolders">The user's own folders (a subset of <paramref name="Folders"/>).</param>
public sealed record LocalUser(int Index, string Name, string FirstName, CcAddress Address, IReadOnlyList<string> Folders, IReadOnlyList<string> UserFolders);
