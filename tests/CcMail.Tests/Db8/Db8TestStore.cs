using System.Buffers.Binary;
using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Tests.Db8;

/// <summary>A post office written to memory with where each message landed, to damage at exact bytes and read back.</summary>
internal sealed class Db8TestStore
{
    public Db8TestStore(PostOffice postOffice)
    {
        PostOffice = postOffice;
        Files = Db8Writer.WriteToMemory(postOffice, Written);
    }

    /// <summary>The post office that was written.</summary>
    public PostOffice PostOffice { get; }

    /// <summary>The files by name; tests change the bytes in place.</summary>
    public Dictionary<string, byte[]> Files { get; }

    /// <summary>Where each message landed, in write order.</summary>
    public List<Db8WrittenRecord> Written { get; } = [];

    /// <summary>Where message <paramref name="index"/> (1-based) of mailbox <paramref name="mailbox"/> (0-based) landed.</summary>
    public Db8WrittenRecord Record(int mailbox, int index) =>
        Written[PostOffice.Mailboxes.Take(mailbox).Sum(m => m.Messages.Count) + index - 1];

    public void SetU32(string file, long offset, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Files[file].AsSpan((int)offset), value);

    public void SetU64(string file, long offset, ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(Files[file].AsSpan((int)offset), value);

    public void Flip(string file, long offset) => Files[file][offset] ^= 0x5A;

    public void Truncate(string file, long length) => Files[file] = Files[file][..(int)length];

    public void Insert(string file, long offset, params byte[] bytes) => Files[file] = [.. Files[file][..(int)offset], .. bytes, .. Files[file][(int)offset..]];

    public void Delete(string file, long offset, int count) => Files[file] = [.. Files[file][..(int)offset], .. Files[file][(int)(offset + count)..]];

    /// <summary>Recomputes the body CRC and then the header CRC of the record at <paramref name="offset"/>, as a deliberate forger would.</summary>
    public void Reseal(string file, long offset)
    {
        var bytes = Files[file].AsSpan((int)offset);
        var length = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes[Db8Layout.LengthFieldOffset..]);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes[Db8Layout.BodyCrcFieldOffset..], Crc32.Compute(bytes[Db8Layout.RecordHeaderSize..length]));
        ResealHeader(file, offset);
    }

    /// <summary>Recomputes only the header CRC of the record at <paramref name="offset"/>.</summary>
    public void ResealHeader(string file, long offset)
    {
        var bytes = Files[file].AsSpan((int)offset);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes[Db8Layout.HeaderCrcFieldOffset..], Crc32.Compute(bytes[..Db8Layout.HeaderCrcFieldOffset]));
    }

    /// <summary>Opens the (possibly damaged) files.</summary>
    public Db8Reader Open() => new(Files);

    /// <summary>Every record of every mailbox, read back.</summary>
    public List<List<MessageRecord>> ReadRecords()
    {
        using var reader = Open();
        return [.. reader.Mailboxes.Select(m => reader.ReadMessages(m).ToList())];
    }

    /// <summary>The written message as JSON.</summary>
    public string Expected(int mailbox, int index) => Db8Samples.ToJson(PostOffice.Mailboxes[mailbox].Messages[index - 1]);
}
