using System.Text;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.CcMail.Db8;

/*
 * The bodies of every record but the message record (Db8MessageCodec), each writer beside its
 * reader so the two cannot drift apart. docs/formats/db8.md has the byte tables. Readers return
 * null when a body does not decode exactly (short, impossible value or bytes left over).
 */

/// <summary>Writes and reads the bodies of the file header, version, post office, mailbox, directory, index and completion records.</summary>
internal static class Db8Records
{
    public static void WriteFileHeader(Db8BodyWriter w, uint contentTag)
    {
        w.WriteU32(contentTag);
        w.WriteU16(Db8Layout.FormatMajor);
        w.WriteU16(Db8Layout.FormatMinor);
    }

    /// <summary>Whether <paramref name="body"/> is a file header for records of <paramref name="contentTag"/> in format major 1.</summary>
    public static bool IsFileHeader(ReadOnlySpan<byte> body, uint contentTag)
    {
        var r = new Db8BodyReader(body, Encoding.ASCII);
        var tag = r.ReadU32();
        var major = r.ReadU16();
        r.ReadU16();
        return !r.Failed && r.Remaining == 0 && tag == contentTag && major == Db8Layout.FormatMajor;
    }

    public static void WriteVersion(Db8BodyWriter w)
    {
        w.WriteU16(Db8Layout.DatabaseGeneration);
        w.WriteU16(Db8Layout.FormatMajor);
        w.WriteU16(Db8Layout.FormatMinor);
        w.WriteU16(0);
    }

    /// <summary>The generation and major version of a version record, or null when it does not decode.</summary>
    public static (ushort Generation, ushort Major)? ReadVersion(ReadOnlySpan<byte> body)
    {
        var r = new Db8BodyReader(body, Encoding.ASCII);
        var generation = r.ReadU16();
        var major = r.ReadU16();
        r.ReadU16();
        r.ReadU16();
        return r.Failed || r.Remaining != 0 ? null : (generation, major);
    }

    public static void WritePostOffice(Db8BodyWriter w, int codePage, string name, string timeZoneId)
    {
        w.WriteU16((ushort)codePage);
        w.WriteU16(0);
        w.WriteString(name);
        w.WriteString(timeZoneId);
    }

    /// <summary>The post office header (name, code page, time zone), or null when it does not decode or names an unsupported code page.</summary>
    public static PostOffice? ReadPostOffice(ReadOnlySpan<byte> body)
    {
        var r = new Db8BodyReader(body, Encoding.ASCII);
        var codePage = r.ReadU16();
        r.ReadU16();
        if (r.Failed || !CodePages.IsSupported(codePage))
        {
            return null;
        }

        r = new Db8BodyReader(body[4..], CodePages.Get(codePage));
        var name = r.ReadString();
        var timeZoneId = r.ReadString();
        return r.Failed || r.Remaining != 0 ? null : new PostOffice { Name = name, CodePage = codePage, TimeZoneId = timeZoneId };
    }

    public static void WriteMailbox(Db8BodyWriter w, string name, IReadOnlyList<string> folders, int messageCount, long indexOffset, long storeStart, long storeEnd)
    {
        w.WriteString(name);
        w.WriteCount(folders.Count);
        foreach (var folder in folders)
        {
            w.WriteString(folder);
        }

        w.WriteCount(messageCount);
        w.WriteU64((ulong)indexOffset);
        w.WriteU64((ulong)storeStart);
        w.WriteU64((ulong)storeEnd);
    }

    /// <summary>The mailbox record of mailbox <paramref name="id"/>, or null when it does not decode.</summary>
    public static Db8MailboxEntry? ReadMailbox(ReadOnlySpan<byte> body, Encoding encoding, uint id)
    {
        var r = new Db8BodyReader(body, encoding);
        var name = r.ReadString();
        var folderCount = r.ReadCount(4);
        var folders = new List<string>(folderCount);
        for (var i = 0; i < folderCount && !r.Failed; i++)
        {
            folders.Add(r.ReadString());
        }

        var count = r.ReadU32();
        var indexOffset = r.ReadU64();
        var storeStart = r.ReadU64();
        var storeEnd = r.ReadU64();
        if (r.Failed || r.Remaining != 0 || id > int.MaxValue || count > int.MaxValue
            || indexOffset > long.MaxValue || storeStart > long.MaxValue || storeEnd > long.MaxValue)
        {
            return null;
        }

        return new Db8MailboxEntry(new Db8MailboxInfo((int)id, name, folders, (int)count), (long)indexOffset, (long)storeStart, (long)storeEnd);
    }

    public static void WriteDirectoryEntry(Db8BodyWriter w, DirectoryEntry entry)
    {
        w.WriteU16(entry.TypeCode);
        w.WriteU16(0);
        w.WriteString(entry.Name);
        w.WriteString(entry.Address);
        w.WriteString(entry.Comment);
    }

    /// <summary>The directory entry, or null when it does not decode.</summary>
    public static DirectoryEntry? ReadDirectoryEntry(ReadOnlySpan<byte> body, Encoding encoding)
    {
        var r = new Db8BodyReader(body, encoding);
        var typeCode = (char)r.ReadU16();
        r.ReadU16();
        var entry = new DirectoryEntry { TypeCode = typeCode, Name = r.ReadString(), Address = r.ReadString(), Comment = r.ReadNullableString() };
        return r.Failed || r.Remaining != 0 ? null : entry;
    }

    public static void WriteIndexEntry(Db8BodyWriter w, long recordLength, long recordOffset)
    {
        w.WriteU16(0);
        w.WriteU16(0);
        w.WriteU32((uint)recordLength);
        w.WriteU64((ulong)recordOffset);
    }

    /// <summary>The index entry, or null when it does not decode.</summary>
    public static Db8IndexEntry? ReadIndexEntry(ReadOnlySpan<byte> body)
    {
        var r = new Db8BodyReader(body, Encoding.ASCII);
        var file = r.ReadU16();
        r.ReadU16();
        var length = r.ReadU32();
        var offset = r.ReadU64();
        return r.Failed || r.Remaining != 0 || offset > long.MaxValue ? null : new Db8IndexEntry(file, length, (long)offset);
    }

    public static void WriteCheck(Db8BodyWriter w, Db8CheckRecord check)
    {
        w.WriteCount(check.Mailboxes);
        w.WriteCount(check.DirectoryEntries);
        w.WriteU64((ulong)check.Messages);
        foreach (var (_, size) in check.Sizes)
        {
            w.WriteU64((ulong)size);
        }
    }

    /// <summary>The completion record, or null when it does not decode.</summary>
    public static Db8CheckRecord? ReadCheck(ReadOnlySpan<byte> body)
    {
        var r = new Db8BodyReader(body, Encoding.ASCII);
        var mailboxes = r.ReadU32();
        var entries = r.ReadU32();
        var messages = r.ReadU64();
        Span<ulong> sizes = stackalloc ulong[4];
        for (var i = 0; i < sizes.Length; i++)
        {
            sizes[i] = r.ReadU64();
        }

        if (r.Failed || r.Remaining != 0 || mailboxes > int.MaxValue || entries > int.MaxValue || messages > long.MaxValue)
        {
            return null;
        }

        foreach (var size in sizes)
        {
            if (size > long.MaxValue)
            {
                return null;
            }
        }

        return new Db8CheckRecord((int)mailboxes, (int)entries, (long)messages, (long)sizes[0], (long)sizes[1], (long)sizes[2], (long)sizes[3]);
    }
}
