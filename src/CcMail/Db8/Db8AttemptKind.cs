namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>What the bytes at one offset turned out to be when looking for one message's record.</summary>
internal enum Db8AttemptKind
{
    /// <summary>No usable message record starts there.</summary>
    NotRecord,

    /// <summary>An intact record of another message starts there.</summary>
    Other,

    /// <summary>The message's record, checked and decoded.</summary>
    Found,

    /// <summary>The message's record, but its body fails its CRC-32.</summary>
    BadChecksum,

    /// <summary>The message's record, its CRC-32 holds, but the body does not decode.</summary>
    BadPayload,

    /// <summary>The message's record, cut by the end of the store.</summary>
    Truncated,

    /// <summary>The walk ended without finding the record (at the end of the store or at a later message's record).</summary>
    NotFound,
}
