namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>A personal mailing list as the manifest expects it (a <c>mailingList</c> record).</summary>
/// <param name="Mailbox">The owner's mailbox name.</param>
/// <param name="Name">The list's name (the group's FN).</param>
/// <param name="Members">The members in list order.</param>
public sealed record ExpectedMailingList(string Mailbox, string Name, IReadOnlyList<ManifestAddress> Members);
