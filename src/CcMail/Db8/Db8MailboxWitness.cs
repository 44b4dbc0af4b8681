namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>What the index and the message records say about one mailbox id, whatever the mailbox list says.</summary>
internal sealed class Db8MailboxWitness
{
    /// <summary>The highest message index an intact index entry of this mailbox carries (0 when none).</summary>
    public int IndexCount { get; set; }

    /// <summary>Where in CLANDATA the mailbox's first entry is (or would be), from its lowest intact entry; null when none.</summary>
    public long? IndexOffset { get; set; }

    /// <summary>The highest message index an intact record header of this mailbox carries in CCPOMS (0 when none).</summary>
    public int RecordCount { get; set; }

    /// <summary>The lowest offset in CCPOMS the records or index entries place this mailbox at.</summary>
    public long StoreStart { get; set; } = long.MaxValue;

    /// <summary>The end of this mailbox's last record in CCPOMS, as the records or index entries say.</summary>
    public long StoreEnd { get; set; }

    /// <summary>The number of messages the witnesses agree is at least there.</summary>
    public int Count => Math.Max(IndexCount, RecordCount);

    /// <summary>Takes in a stretch of CCPOMS that holds (or held) one of this mailbox's records.</summary>
    public void Place(long offset, long length)
    {
        StoreStart = Math.Min(StoreStart, offset);
        StoreEnd = Math.Max(StoreEnd, offset + length);
    }
}
