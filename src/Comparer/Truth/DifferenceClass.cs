namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>What kind of loss a difference is, for grading after the Data Consistency Score.</summary>
public enum DifferenceClass
{
    /// <summary>User data lost or wrong: sender, recipients, subject, date, body, attachments, forwarded messages, or a whole message.</summary>
    UserData,

    /// <summary>Metadata lost or wrong: folder, read state, priority, return-receipt request.</summary>
    Metadata,

    /// <summary>The migrator's account is wrong (outcome, repair ids, skip reason) while the user sees the expected result.</summary>
    Report,
}
