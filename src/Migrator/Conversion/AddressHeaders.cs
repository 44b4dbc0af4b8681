using System.Collections.Concurrent;
using MailMig.Fidelity.Migrator.Addresses;
using MimeKit;

namespace MailMig.Fidelity.Migrator.Conversion;

/*
 * Building an address header through MimeKit's lists (a MailboxAddress per address, then the whole list encoded and
 * folded) costs several microseconds and kilobytes a message, and single addresses come back again and again: a
 * mailbox's owner sends most of its messages (on the bulk profile three From lines in four had been seen before). The
 * encoded line depends only on the field and the (display name, addr-spec) pairs, so it is remembered by them and later
 * added as a parsed header, which MimeKit reads back into the message's list. A line is remembered only when reading it
 * back gives the same names and addresses, so the list a writer reads (the Exchange 5.5 recipients) is never different;
 * the mbox From line takes the sender returned here, so a remembered From header is not parsed again just for it.
 */

/// <summary>Adds From, To, Cc and Bcc to a message, remembering the encoded line of each distinct single address.</summary>
internal static class AddressHeaders
{
    private const int MaxRemembered = 8192;

    private static readonly ConcurrentDictionary<(HeaderId Field, string Name, string AddrSpec), (byte[] Line, string Address)> Remembered = new();

    // ConcurrentDictionary.Count takes every lock of the dictionary; a counter of its own costs nothing.
    private static int _remembered;

    /// <summary>Adds <paramref name="addresses"/> to <paramref name="message"/>'s list <paramref name="id"/>, as MimeKit's list would, and returns the first address as the list holds it.</summary>
    public static string? Add(MimeMessage message, HeaderId id, IReadOnlyList<MappedAddress> addresses)
    {
        if (addresses.Count != 1)
        {
            // Lists of several addresses seldom come back (measured on the bulk profile: none of 20,000 To lists did).
            var several = ListOf(message, id);
            several.AddRange(addresses.Select(a => a.ToMailboxAddress()));
            return several.Mailboxes.FirstOrDefault()?.Address;
        }

        var single = addresses[0];
        var key = (id, single.DisplayName ?? "", single.AddrSpec);
        if (Remembered.TryGetValue(key, out var remembered) && Header.TryParse(remembered.Line, out var header))
        {
            message.Headers.Add(header);
            return remembered.Address;
        }

        // Only now is the message's list touched: MimeKit loads a list from its header when it is first asked for.
        var list = ListOf(message, id);
        list.Add(single.ToMailboxAddress());
        var address = list.Mailboxes.First().Address;
        if (Volatile.Read(ref _remembered) < MaxRemembered && message.Headers.FirstOrDefault(h => h.Id == id) is { } added)
        {
            byte[] line = [.. added.RawField, (byte)':', .. added.RawValue];
            if (ReadsBack(id, line, list) && Remembered.TryAdd(key, (line, address)))
            {
                Interlocked.Increment(ref _remembered);
            }
        }

        return address;
    }

    // Whether a message given the encoded line would hold the same names and addresses as the list it was encoded from.
    private static bool ReadsBack(HeaderId id, byte[] line, InternetAddressList list)
    {
        if (!Header.TryParse(line, out var copy))
        {
            return false;
        }

        using var scratch = new MimeMessage(Enumerable.Empty<Header>());
        scratch.Headers.Add(copy);
        var read = ListOf(scratch, id).Mailboxes.ToList();
        var original = list.Mailboxes.ToList();
        return read.Count == original.Count && read.Zip(original).All(p => p.First.Name == p.Second.Name && p.First.Address == p.Second.Address);
    }

    private static InternetAddressList ListOf(MimeMessage message, HeaderId id) => id switch
    {
        HeaderId.From => message.From,
        HeaderId.To => message.To,
        HeaderId.Cc => message.Cc,
        HeaderId.Bcc => message.Bcc,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "not an address list of a message"),
    };
}
