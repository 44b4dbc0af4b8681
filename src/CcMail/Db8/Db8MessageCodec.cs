using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Db8;

/*
 * The body of a message record. Header fields are stored as text in the post office code page;
 * addresses as their Raw text, parsed again on reading with the post office as the default post
 * office. Dates are stored both as written (DateText) and as ticks, so reading needs no date
 * parser. Each item carries its kind and its byte length, so an item of an unknown kind is
 * skipped and the rest of the message is still read. docs/formats/db8.md has the byte tables.
 */

/// <summary>Writes and reads the body of a message record (a <see cref="CcMessage"/> and its items, forwarded messages nested).</summary>
internal static class Db8MessageCodec
{
    private const byte ReadFlag = 0x01;

    /// <summary>Writes <paramref name="message"/>; throws <see cref="ArgumentException"/> when forwarded messages nest deeper than <see cref="Db8Layout.MaxNestingDepth"/>.</summary>
    public static void Write(Db8BodyWriter w, CcMessage message) => WriteMessage(w, message, 1);

    /// <summary>Reads a message, or null when the body does not decode exactly; <paramref name="skippedItems"/> counts items of unknown kinds.</summary>
    public static CcMessage? Read(ref Db8BodyReader r, AddressParserOptions addressOptions, ref int skippedItems)
    {
        var message = ReadMessage(ref r, addressOptions, 1, ref skippedItems);
        return r.Failed || r.Remaining != 0 ? null : message;
    }

    private static void WriteMessage(Db8BodyWriter w, CcMessage m, int depth)
    {
        if (depth > Db8Layout.MaxNestingDepth)
        {
            throw new ArgumentException($"Forwarded messages nest deeper than {Db8Layout.MaxNestingDepth} levels.", nameof(m));
        }

        w.WriteU8(m.IsRead ? ReadFlag : (byte)0);
        w.WriteU8((byte)m.Priority);
        w.WriteDate(m.Date);
        w.WriteString(m.DateText);
        w.WriteString(m.From?.Raw);
        WriteAddresses(w, m.To);
        WriteAddresses(w, m.Cc);
        WriteAddresses(w, m.Bcc);
        w.WriteString(m.ReturnReceiptTo?.Raw);
        w.WriteString(m.Subject);
        w.WriteString(m.Folder);
        w.WriteCount(m.ExtraHeaders.Count);
        foreach (var header in m.ExtraHeaders)
        {
            w.WriteString(header.Keyword);
            w.WriteString(header.Value);
        }
        w.WriteCount(m.Items.Count);
        foreach (var item in m.Items)
        {
            WriteItem(w, item, depth);
        }
    }

    private static void WriteAddresses(Db8BodyWriter w, List<CcAddress> addresses)
    {
        w.WriteCount(addresses.Count);
        foreach (var address in addresses)
        {
            w.WriteString(address.Raw);
        }
    }

    private static void WriteItem(Db8BodyWriter w, CcItem item, int depth)
    {
        w.WriteU8((byte)KindOf(item));
        var lengthAt = w.ReserveU32();
        var start = w.Count;
        switch (item)
        {
            case TextItem text:
                w.WriteString(text.Text);
                break;
            case FileItem file:
                w.WriteString(file.Name);
                w.WriteDate(file.Date);
                w.WriteString(file.DateText);
                w.WriteBytes(file.Data);
                break;
            case MessageItem forwarded:
                WriteMessage(w, forwarded.Message, depth + 1);
                break;
            case BinaryItem binary:
                w.WriteU8((byte)binary.Kind);
                w.WriteString(binary.Name);
                w.WriteBytes(binary.Data);
                break;
        }
        w.PatchU32(lengthAt, (uint)(w.Count - start));
    }

    private static Db8ItemKind KindOf(CcItem item) => item switch
    {
        TextItem => Db8ItemKind.Text,
        FileItem => Db8ItemKind.File,
        MessageItem => Db8ItemKind.Message,
        BinaryItem => Db8ItemKind.Binary,
        _ => throw new ArgumentException($"Unknown item type {item.GetType().Name}.", nameof(item)),
    };

    private static CcMessage? ReadMessage(ref Db8BodyReader r, AddressParserOptions o, int depth, ref int skippedItems)
    {
        if (depth > Db8Layout.MaxNestingDepth)
        {
            r.Fail();
            return null;
        }
        var flags = r.ReadU8();
        var priority = r.ReadU8();
        if (priority > (byte)CcPriority.Urgent)
        {
            r.Fail();
        }

        var m = new CcMessage { IsRead = (flags & ReadFlag) != 0, Priority = (CcPriority)priority };
        m.Date = r.ReadDate();
        m.DateText = r.ReadNullableString();
        m.From = Parse(r.ReadNullableString(), o);
        m.To = ReadAddresses(ref r, o);
        m.Cc = ReadAddresses(ref r, o);
        m.Bcc = ReadAddresses(ref r, o);
        m.ReturnReceiptTo = Parse(r.ReadNullableString(), o);
        m.Subject = r.ReadString();
        m.Folder = r.ReadString();
        var headerCount = r.ReadCount(8);
        for (var i = 0; i < headerCount && !r.Failed; i++)
        {
            m.ExtraHeaders.Add(new CcHeader(r.ReadString(), r.ReadString()));
        }

        var itemCount = r.ReadCount(5);
        for (var i = 0; i < itemCount && !r.Failed; i++)
        {
            var kind = (Db8ItemKind)r.ReadU8();
            var body = r.ReadSlice(r.ReadU32());
            var item = ReadItem(ref body, kind, o, depth, ref skippedItems);
            if (body.Failed || body.Remaining != 0)
            {
                r.Fail();
            }
            else if (item is not null)
            {
                m.Items.Add(item);
            }
        }
        return r.Failed ? null : m;
    }

    private static CcItem? ReadItem(ref Db8BodyReader r, Db8ItemKind kind, AddressParserOptions o, int depth, ref int skippedItems)
    {
        switch (kind)
        {
            case Db8ItemKind.Text:
                return new TextItem { Text = r.ReadString() };
            case Db8ItemKind.File:
                return new FileItem { Name = r.ReadString(), Date = r.ReadDate(), DateText = r.ReadNullableString(), Data = r.ReadBytes() };
            case Db8ItemKind.Message:
                var forwarded = ReadMessage(ref r, o, depth + 1, ref skippedItems);
                return forwarded is null ? null : new MessageItem { Message = forwarded };
            case Db8ItemKind.Binary:
                var binaryKind = r.ReadU8();
                if (binaryKind > (byte)BinaryItemKind.Sound)
                {
                    r.Fail();
                }

                return new BinaryItem { Kind = (BinaryItemKind)binaryKind, Name = r.ReadNullableString(), Data = r.ReadBytes() };
            default:
                skippedItems++;
                r.ReadSlice((uint)r.Remaining);
                return null;
        }
    }

    private static List<CcAddress> ReadAddresses(ref Db8BodyReader r, AddressParserOptions o)
    {
        var count = r.ReadCount(4);
        var addresses = new List<CcAddress>(count);
        for (var i = 0; i < count && !r.Failed; i++)
        {
            addresses.Add(AddressParser.Parse(r.ReadString(), o));
        }

        return addresses;
    }

    private static CcAddress? Parse(string? raw, AddressParserOptions o) => raw is null ? null : AddressParser.Parse(raw, o);
}
