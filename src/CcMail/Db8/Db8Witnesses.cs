namespace MailMig.Fidelity.CcMail.Db8;

/*
 * The mailbox list (CCPOMBOX.000) is one witness of what the store holds; the index (CLANDATA) and the
 * message records (CCPOMS) are two more, independent of it. Both carry the mailbox id and the message
 * index in every record header, protected by the header's CRC-32, so damage cannot invent a key. The index
 * is read record by record (it is small: 40 bytes a message). The store is walked by headers only: an
 * intact header is stepped over by its length without reading the body; where the next header is not
 * intact the walk scans for the next intact CMSG header from the body of the last trusted record, so a
 * record that lost bytes does not hide the one after it. Only damage makes the walk read bodies.
 */

/// <summary>Collects, per mailbox id, what the index and a sequential walk of the message records say.</summary>
internal static class Db8Witnesses
{
    private static readonly uint[] IndexTags = [Db8Tags.FileHeader, Db8Tags.IndexEntry];
    private static readonly uint[] MessageTags = [Db8Tags.Message];

    /// <summary>Per mailbox id, what CLANDATA and CCPOMS say about it.</summary>
    public static SortedDictionary<int, Db8MailboxWitness> Collect(Db8RecordFile store, Db8RecordFile index)
    {
        var witnesses = new SortedDictionary<int, Db8MailboxWitness>();
        ReadIndex(index, witnesses);
        WalkStore(store, witnesses);
        return witnesses;
    }

    private static Db8MailboxWitness For(SortedDictionary<int, Db8MailboxWitness> witnesses, uint id)
    {
        if (!witnesses.TryGetValue((int)id, out var witness))
        {
            witnesses[(int)id] = witness = new Db8MailboxWitness();
        }

        return witness;
    }

    private static bool IsKey(uint mailboxId, uint messageIndex) =>
        mailboxId is > 0 and <= int.MaxValue && messageIndex is > 0 and <= int.MaxValue;

    private static void ReadIndex(Db8RecordFile index, SortedDictionary<int, Db8MailboxWitness> witnesses)
    {
        var lowest = new Dictionary<int, uint>();
        foreach (var record in index.ReadSequence(IndexTags, []) /* damage is reported where each message is read */)
        {
            var h = record.Header;
            if (h.Tag != Db8Tags.IndexEntry || !IsKey(h.Key1, h.Key2) || Db8Records.ReadIndexEntry(record.Body) is not { } entry)
            {
                continue;
            }

            var witness = For(witnesses, h.Key1);
            witness.IndexCount = Math.Max(witness.IndexCount, (int)h.Key2);
            if (!lowest.TryGetValue((int)h.Key1, out var k) || h.Key2 < k)
            {
                lowest[(int)h.Key1] = h.Key2;
                witness.IndexOffset = record.Offset - ((long)(h.Key2 - 1) * Db8Layout.IndexEntrySize);
            }
            if (entry.StoreFile == 0 && entry.Offset >= 0 && entry.Length >= Db8Layout.RecordHeaderSize)
            {
                witness.Place(entry.Offset, entry.Length);
            }
        }
    }

    private static void WalkStore(Db8RecordFile store, SortedDictionary<int, Db8MailboxWitness> witnesses)
    {
        long position = 0;
        long trustedBody = -1;
        while (position + Db8Layout.RecordHeaderSize <= store.Length)
        {
            if (store.TryReadHeader(position, out var h) && h.IsIntact)
            {
                if (h.Tag == Db8Tags.Message && IsKey(h.Key1, h.Key2))
                {
                    var witness = For(witnesses, h.Key1);
                    witness.RecordCount = Math.Max(witness.RecordCount, (int)h.Key2);
                    witness.Place(position, h.Length);
                }
                trustedBody = position + Db8Layout.RecordHeaderSize;
                if (position + h.Length <= store.Length)
                {
                    position += h.Length;
                    continue;
                }
            }
            var from = trustedBody >= 0 && trustedBody < position ? trustedBody : position + 1;
            trustedBody = -1;
            position = store.Scan(from, MessageTags);
            if (position < 0)
            {
                return;
            }
        }
    }
}
