namespace MailMig.Fidelity.Comparer.Snapshots;

/// <summary>What comparing one received snapshot with its verified file found.</summary>
public enum SnapshotStatus
{
    /// <summary>The received text equals the verified file.</summary>
    Matched,

    /// <summary>There is no verified file yet.</summary>
    New,

    /// <summary>The received text differs from the verified file.</summary>
    NotEqual,

    /// <summary>The received text was new or different and was written as verified because accepting was asked for.</summary>
    Accepted,
}
