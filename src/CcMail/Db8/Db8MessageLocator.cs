using System.Text;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;
using static MailMig.Fidelity.CcMail.Db8.Db8AttemptKind;

namespace MailMig.Fidelity.CcMail.Db8;

/*
 * The recovery policy of docs/formats/db8.md ("Reading and recovery"), per index entry:
 *  1. If the entry is intact, look at the offset it gives. An intact header with the right key is
 *     read as is; a header that fails its check but has the right tag is read with the index's
 *     length if the body then matches the header's body CRC (db8.length-from-index). A bad body
 *     CRC (db8.bad-checksum), a cut record (db8.truncated) or an undecodable body
 *     (db8.bad-payload) settle the message as unreadable.
 *  2. Otherwise (entry damaged, offset past the end, not at this message's record) walk the store
 *     from a cursor: the end of the last record located. Intact records of earlier messages are
 *     stepped over by their length; damaged bytes are skipped by scanning for the next intact
 *     CMSG header (db8.resync); meeting a later message's record ends the walk (db8.missing).
 * The cursor never moves backwards within a mailbox and every step moves forward, so the walk
 * ends; a scan remembers what it found so the same damaged stretch is not scanned twice.
 * A message with Message null has exactly one Error diagnostic; an intact one only Warnings.
 */

/// <summary>Finds, checks and decodes the message records of one mailbox at a time, recovering from damage by the index and by a sequential walk.</summary>
internal sealed class Db8MessageLocator(Db8RecordFile store, Db8RecordFile index, Encoding encoding, AddressParserOptions addressOptions)
{
    private static readonly uint[] MessageTags = [Db8Tags.Message];
    private int _carryMailbox;
    private long _carryCursor;
    private long _scanFrom = -1;
    private long _scanFound = -1;

    /// <summary>One record per index entry of <paramref name="mailbox"/>, in order; <paramref name="previousId"/> is the id of the mailbox listed before it (0 for the first).</summary>
    public IEnumerable<MessageRecord> Read(Db8MailboxEntry mailbox, int previousId)
    {
        // Deleted bytes before this mailbox move its records back. When the mailbox listed before it was read last,
        // start the walk where that one ended (the first mailbox: at the start of the store), else at its own first record.
        var cursor = mailbox.StoreStart;
        if (_carryMailbox == previousId && _carryCursor < cursor)
        {
            cursor = _carryCursor;
        }

        for (var k = 1; k <= mailbox.Info.MessageCount; k++)
        {
            (var record, cursor) = ReadOne(mailbox, k, cursor);
            _carryMailbox = mailbox.Info.Id;
            _carryCursor = cursor;
            yield return record;
        }
        _carryMailbox = mailbox.Info.Id;
        _carryCursor = cursor;
    }

    private static ulong Key(uint mailboxId, uint messageIndex) => ((ulong)mailboxId << 32) | messageIndex;

    private static Diagnostic Warning(string code, string message, string file, long offset) =>
        new(DiagnosticSeverity.Warning, code, message, file, offset);

    private (MessageRecord Record, long Cursor) ReadOne(Db8MailboxEntry mailbox, int k, long cursor)
    {
        var mailboxId = (uint)mailbox.Info.Id;
        var key = Key(mailboxId, (uint)k);
        var entryOffset = mailbox.IndexOffset + (long)(k - 1) * Db8Layout.IndexEntrySize;
        var entry = ReadIndexEntry(entryOffset, mailboxId, (uint)k, out var problem);
        var diagnostics = new List<Diagnostic>();
        if (entry is { } e)
        {
            var direct = TryRecord(e.Offset, key, e.Length);
            if (direct.Kind is not (NotRecord or Other))
            {
                if (direct.LengthFromIndex)
                {
                    diagnostics.Add(Warning(Db8DiagnosticCodes.LengthFromIndex,
                        $"the record header fails its check (its length field says {direct.HeaderLength}); the length {e.Length} of the index entry at {index.Name}@{entryOffset} was used",
                        store.Name, direct.Offset));
                }
                else if (direct.Kind == Found && direct.HeaderLength != e.Length)
                {
                    diagnostics.Add(Warning(Db8DiagnosticCodes.BadLength,
                        $"the index entry gives length {e.Length} but the intact record at {store.Name}@{direct.Offset} is {direct.HeaderLength} bytes; the record's length was used",
                        index.Name, entryOffset));
                }

                return Finish(k, direct, diagnostics, direct.Offset);
            }
            problem = direct.Problem;
        }

        var walk = Walk(cursor, key);
        if (walk.Kind is Found or BadChecksum or BadPayload)
        {
            diagnostics.Add(Warning(Db8DiagnosticCodes.DanglingOffset,
                $"{problem}; the record was found by the sequential walk at {store.Name}@{walk.Offset}", index.Name, entryOffset));
            if (walk.ResyncFrom >= 0)
            {
                diagnostics.Add(Warning(Db8DiagnosticCodes.Resync,
                    $"skipped {walk.Offset - walk.ResyncFrom} damaged bytes to the record at {walk.Offset}", store.Name, walk.ResyncFrom));
            }
        }
        else if (walk.Kind == NotFound)
        {
            // The walk ended at the end of the store while the record should reach past it: the store was cut.
            var expectedEnd = entry is { } cut ? cut.Offset + cut.Length : mailbox.StoreEnd;
            if (walk.Offset >= store.Length && expectedEnd > store.Length)
            {
                walk = walk with { Kind = Truncated, Problem = $"{problem}; the store ends at {store.Length}, before the record's end at {expectedEnd}" };
            }
            else
            {
                walk = walk with { Problem = $"{problem}; {walk.Problem}" };
            }
        }
        return Finish(k, walk, diagnostics, entry?.Offset ?? walk.Offset);
    }

    private (MessageRecord Record, long Cursor) Finish(int k, Db8Attempt attempt, List<Diagnostic> diagnostics, long nullLocation)
    {
        var (code, cursor) = attempt.Kind switch
        {
            Found => ("", attempt.End),
            BadChecksum => (Db8DiagnosticCodes.BadChecksum, attempt.Offset + Db8Layout.RecordHeaderSize),
            BadPayload => (Db8DiagnosticCodes.BadPayload, attempt.End),
            Truncated => (Db8DiagnosticCodes.Truncated, store.Length),
            _ => (Db8DiagnosticCodes.Missing, attempt.Offset),
        };
        if (attempt.Message is { } message)
        {
            message.Source = new SourceLocation(store.Name, attempt.Offset);
            if (attempt.SkippedItems > 0)
            {
                diagnostics.Add(Warning(Db8DiagnosticCodes.UnknownItem, $"{attempt.SkippedItems} items of unknown kinds were skipped", store.Name, attempt.Offset));
            }

            return (new MessageRecord(k, message.Source, attempt.Length, message, diagnostics), cursor);
        }
        var location = attempt.Kind == NotFound ? nullLocation : attempt.Offset;
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, code, $"message {k} is unreadable: {attempt.Problem}", store.Name, location));
        return (new MessageRecord(k, new SourceLocation(store.Name, location), attempt.Kind == NotFound ? 0 : attempt.Length, null, diagnostics), cursor);
    }

    private Db8IndexEntry? ReadIndexEntry(long offset, uint mailboxId, uint messageIndex, out string problem)
    {
        problem = $"the index entry at {index.Name}@{offset}";
        if (!index.TryReadHeader(offset, out var h))
        {
            problem += $" is past the end of the index ({index.Length} bytes)";
            return null;
        }
        if (h.Tag != Db8Tags.IndexEntry || !h.IsIntact || h.Length != Db8Layout.IndexEntrySize)
        {
            problem += " is damaged";
            return null;
        }
        if (h.Key1 != mailboxId || h.Key2 != messageIndex)
        {
            problem += $" belongs to message {h.Key2} of mailbox {h.Key1}";
            return null;
        }
        var body = index.ReadBody(offset, h.Length);
        var entry = body is null || Crc32.Compute(body) != h.BodyCrc ? null : Db8Records.ReadIndexEntry(body);
        if (entry is not { } e)
        {
            problem += " fails its CRC-32";
            return null;
        }
        if (e.StoreFile != 0)
        {
            problem += $" names store file {e.StoreFile}, which does not exist";
            return null;
        }
        return e;
    }

    private Db8Attempt TryRecord(long offset, ulong key, long? indexLength)
    {
        if (offset < 0 || offset >= store.Length)
        {
            return new(NotRecord, offset, 0, $"offset {offset} is past the end of the store ({store.Length} bytes)");
        }

        if (!store.TryReadHeader(offset, out var h))
        {
            return indexLength is null
                ? new(NotRecord, offset, 0, $"fewer than {Db8Layout.RecordHeaderSize} bytes are left at offset {offset}")
                : new(Truncated, offset, store.Length - offset, $"the store ends {store.Length - offset} bytes into the record header at {offset}");
        }

        if (h.Tag != Db8Tags.Message)
        {
            return h.IsIntact
                ? new(Other, offset, h.Length, $"offset {offset} holds a {Db8Tags.Name(h.Tag)} record") { OtherKey = 0 }
                : new(NotRecord, offset, 0, $"offset {offset} is not at a message record");
        }

        if (h.IsIntact)
        {
            var found = Key(h.Key1, h.Key2);
            if (found != key)
            {
                return new(Other, offset, h.Length, $"offset {offset} holds message {h.Key2} of mailbox {h.Key1}") { OtherKey = found };
            }

            var read = Decode(offset, h.Length, h, lengthFromIndex: false);
            // A header resealed around a wrong length: the index's length may still fit the body.
            if (read.Kind is Truncated or BadChecksum or BadPayload && indexLength is { } other && other != h.Length && other >= Db8Layout.RecordHeaderSize)
            {
                var retry = Decode(offset, other, h, lengthFromIndex: true);
                if (retry.Kind == Found)
                {
                    return retry;
                }
            }
            return read;
        }
        if (indexLength is not { } length || length < Db8Layout.RecordHeaderSize)
        {
            return new(NotRecord, offset, 0, $"the record header at {offset} fails its check");
        }

        var attempt = Decode(offset, length, h, lengthFromIndex: true);
        return attempt.Kind == BadChecksum
            ? new(NotRecord, offset, 0, $"the record header at {offset} fails its check and its body does not match over the index length")
            : attempt;
    }

    private Db8Attempt Decode(long offset, long length, Db8RecordHeader h, bool lengthFromIndex)
    {
        if (offset + length > store.Length)
        {
            return new(Truncated, offset, store.Length - offset,
                $"the record of {length} bytes at {offset} is cut by the end of the store after {store.Length - offset} bytes");
        }

        var body = store.ReadBody(offset, length);
        if (body is null)
        {
            return new(BadPayload, offset, length, $"the record of {length} bytes at {offset} is too large to read");
        }

        if (Crc32.Compute(body) != h.BodyCrc)
        {
            return new(BadChecksum, offset, length, $"the body of the record at {offset} does not match its CRC-32");
        }

        var reader = new Db8BodyReader(body, encoding);
        var skipped = 0;
        var message = Db8MessageCodec.Read(ref reader, addressOptions, ref skipped);
        return message is null
            ? new(BadPayload, offset, length, $"the body of the record at {offset} matches its CRC-32 but does not decode")
            : new(Found, offset, length) { Message = message, SkippedItems = skipped, LengthFromIndex = lengthFromIndex, HeaderLength = h.Length };
    }

    private Db8Attempt Walk(long cursor, ulong key)
    {
        var position = Math.Max(0, cursor);
        long resyncFrom = -1;
        while (position < store.Length)
        {
            var attempt = TryRecord(position, key, indexLength: null);
            switch (attempt.Kind)
            {
                case Other when attempt.OtherKey < key && store.HasIntactBody(position):
                    position = attempt.End;
                    continue;
                case Other when attempt.OtherKey < key:
                    // An earlier record whose body fails its check may have lost bytes: its length cannot be trusted.
                    if (resyncFrom < 0)
                    {
                        resyncFrom = position;
                    }

                    position = ScanForMessage(position + 1);
                    if (position < 0)
                    {
                        return new(NotFound, store.Length, 0, "the sequential walk reached the end of the store") { ResyncFrom = resyncFrom };
                    }

                    continue;
                case Other:
                    return new(NotFound, position, 0,
                        $"the sequential walk met the record of message {(uint)attempt.OtherKey} of mailbox {attempt.OtherKey >> 32} at {position} first")
                    { ResyncFrom = resyncFrom };
                case NotRecord:
                    if (resyncFrom < 0)
                    {
                        resyncFrom = position;
                    }

                    var next = ScanForMessage(position + 1);
                    if (next < 0)
                    {
                        return new(NotFound, store.Length, 0, "the sequential walk reached the end of the store") { ResyncFrom = resyncFrom };
                    }

                    position = next;
                    continue;
                default:
                    return attempt with { ResyncFrom = resyncFrom };
            }
        }
        return new(NotFound, store.Length, 0, "the sequential walk reached the end of the store") { ResyncFrom = resyncFrom };
    }

    private long ScanForMessage(long from)
    {
        // No intact header lies in [_scanFrom, _scanFound), so any scan starting inside it ends at _scanFound.
        if (_scanFrom >= 0 && from >= _scanFrom && (_scanFound < 0 || from <= _scanFound))
        {
            return _scanFound;
        }

        _scanFrom = from;
        _scanFound = store.Scan(from, MessageTags);
        return _scanFound;
    }
}
