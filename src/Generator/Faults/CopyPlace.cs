namespace MailMig.Fidelity.Generator.Faults;

/// <summary>Where a message sits, as far as copy faults care: last in the store, and after another message of its folder.</summary>
/// <param name="IsLastInStore">Whether it is the last message of the last mailbox that holds mail (the store's last record).</param>
/// <param name="HasEarlierInFolder">Whether an earlier message of its mailbox is in the same folder.</param>
public readonly record struct CopyPlace(bool IsLastInStore, bool HasEarlierInFolder);
