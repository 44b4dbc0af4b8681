namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>The grade of a mailbox or run, after Exchange Online's Data Consistency Score.</summary>
public enum FidelityGrade
{
    /// <summary>Nothing lost: no difference at all.</summary>
    Perfect,

    /// <summary>Only metadata (folder, read state, priority, receipt request) or the migrator's account is wrong.</summary>
    Good,

    /// <summary>User data lost or skipped in at most 1% of the messages.</summary>
    Investigate,

    /// <summary>User data lost or skipped in more than 1% of the messages.</summary>
    Poor,
}
