using System.Text.Json;
using CsCheck;
using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Tests.Db8;

/*
 * Random small post offices, written to memory and then left alone (20%), damaged once (60%) or
 * damaged two to six times (20%): bytes flipped, inserted or deleted, files cut or replaced by
 * random bytes, in the store, the index, the mailbox file and the directory. Whatever the damage:
 * no exception but CcMailFormatException (and that only when the mailbox file was damaged), one
 * record per message the mailbox list counts, never a message that differs from the one written,
 * bounded diagnostics. For a single damage, which messages must survive follows from where it is.
 */
public sealed class Db8ReaderPropertyTests
{
    private static readonly string[] DamagedFiles =
        [Db8Layout.StoreFile, Db8Layout.StoreFile, Db8Layout.StoreFile, Db8Layout.IndexFile, Db8Layout.IndexFile, Db8Layout.MailboxFile, Db8Layout.DirectoryFile];

    private static readonly Gen<Db8Mutation> Mutations =
        Gen.Select(
            Gen.Frequency((4, Db8MutationKind.Flip), (2, Db8MutationKind.Insert), (2, Db8MutationKind.Delete), (1, Db8MutationKind.Truncate), (1, Db8MutationKind.Replace)),
            Gen.OneOf(DamagedFiles),
            Gen.Double[0, 1],
            Gen.Byte.Array[0, 48],
            (kind, file, where, bytes) => new Db8Mutation(kind, file, where, bytes));

    private static readonly Gen<(PostOffice, Db8Mutation[])> Cases =
        from postOffice in PostOffices()
        from mode in Gen.Int[0, 9]
        from mutations in mode < 2 ? Gen.Const(Array.Empty<Db8Mutation>()) : mode < 8 ? Mutations.Array[1, 1] : Mutations.Array[2, 6]
        select (postOffice, mutations);

    [Fact(Timeout = 180_000)]
    public async Task DamagedStoresNeverThrowNeverYieldAWrongMessageAndLoseOnlyWhatTheDamageReaches() =>
        await Task.Run(() => Cases.Sample(Check, iter: 10_000));

    private static void Check(PostOffice postOffice, Db8Mutation[] mutations)
    {
        var store = new Db8TestStore(postOffice);
        var originalLength = mutations.Length == 1 ? store.Files[mutations[0].File].Length : 0;
        foreach (var mutation in mutations)
        {
            mutation.Apply(store);
        }

        Db8Reader reader;
        try
        {
            reader = store.Open();
        }
        catch (CcMailFormatException)
        {
            Assert.Contains(mutations, m => m.File == Db8Layout.MailboxFile);
            return;
        }
        using (reader)
        {
            // A salvaged post office header may have the wrong code page or lack the name addresses default to: text is compared only under an intact one.
            Assert.True(reader.Diagnostics.Count <= 16 + 4 * mutations.Length, $"{reader.Diagnostics.Count} store diagnostics");
            if (mutations.Length == 0)
            {
                Assert.Empty(reader.Diagnostics);
            }

            var headerIntact = !reader.Diagnostics.Any(d => d.Code == Db8DiagnosticCodes.PostOfficeHeaderDamaged);
            if (headerIntact)
            {
                AssertSubsequence(postOffice.Directory, reader.Directory);
            }

            if (mutations.Length == 1)
            {
                Assert.Subset(reader.Mailboxes.Select(m => m.Id).ToHashSet(),
                    Enumerable.Range(1, postOffice.Mailboxes.Count).Where(id => postOffice.Mailboxes[id - 1].Messages.Count > 0 || mutations[0].File != Db8Layout.MailboxFile).ToHashSet());
            }

            foreach (var info in reader.Mailboxes)
            {
                Assert.InRange(info.Id, 1, postOffice.Mailboxes.Count);
                var written = postOffice.Mailboxes[info.Id - 1];
                if (info.RecoveredFrom is null && headerIntact)
                {
                    Assert.Equal(written.Name, info.Name);
                    Assert.Equal(written.Folders, info.Folders);
                }
                else if (info.RecoveredFrom is not null)
                {
                    Assert.Contains(mutations, m => m.File == Db8Layout.MailboxFile);
                }
                if (info.RecoveredFrom is null || mutations.Length == 1)
                {
                    Assert.Equal(written.Messages.Count, info.MessageCount);
                }

                var records = reader.ReadMessages(info).ToList();
                Assert.Equal(Enumerable.Range(1, info.MessageCount), records.Select(r => r.Index));
                foreach (var record in records)
                {
                    CheckRecord(store, info.Id - 1, record, MustBeIntact(store, info.Id - 1, record.Index, mutations, originalLength), mutations.Length == 0, headerIntact);
                }
            }
        }
    }

    private static void CheckRecord(Db8TestStore store, int mailbox, MessageRecord record, bool? mustBeIntact, bool undamaged, bool headerIntact)
    {
        Assert.True(record.Diagnostics.Count <= 4, $"{record.Diagnostics.Count} diagnostics");
        if (record.Message is null)
        {
            Assert.Single(record.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.NotEqual(true, mustBeIntact);
            return;
        }
        Assert.All(record.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        if (headerIntact)
        {
            Assert.Equal(store.Expected(mailbox, record.Index), Db8Samples.ToJson(record.Message));
        }

        Assert.NotEqual(false, mustBeIntact);
        if (undamaged)
        {
            Assert.Empty(record.Diagnostics);
        }
    }

    /// <summary>True when the message must read back intact, false when it cannot, null when either is allowed.</summary>
    private static bool? MustBeIntact(Db8TestStore store, int mailbox, int index, Db8Mutation[] mutations, int originalLength)
    {
        if (mutations.Length != 1)
        {
            return mutations.Length == 0 ? true : null;
        }

        var mutation = mutations[0];
        if (mutation.File != Db8Layout.StoreFile)
        {
            return true;
        }

        var record = store.Record(mailbox, index);
        var (start, end) = mutation.Range(originalLength);
        var recordEnd = record.Offset + record.Length;
        return mutation.Kind switch
        {
            Db8MutationKind.Truncate => recordEnd <= start,
            Db8MutationKind.Insert => record.Offset < start && start < recordEnd ? null : true,
            Db8MutationKind.Flip or Db8MutationKind.Delete => record.Offset < end && start < recordEnd ? null : true,
            _ => null,
        };
    }

    private static void AssertSubsequence(List<DirectoryEntry> written, IReadOnlyList<DirectoryEntry> read)
    {
        var remaining = written.Select(e => JsonSerializer.Serialize(e)).ToList();
        foreach (var entry in read.Select(e => JsonSerializer.Serialize(e)))
        {
            var at = remaining.IndexOf(entry);
            Assert.True(at >= 0, $"directory entry {entry} was not written (or not in this order)");
            remaining.RemoveRange(0, at + 1);
        }
    }

    private static Gen<string> Text(string pool, int max) => Gen.Char[pool].Array[0, max].Select(c => new string(c));

    private static Gen<PostOffice> PostOffices() =>
        from codePage in Gen.OneOf(437, 850, 932)
        from postOffice in PostOffice(codePage, codePage == 932 ? "ab Z9,\\日本表ソｶﾀ\r\n" : "ab Z9,\\äöüßÇé½\r\n")
        select postOffice;

    private static Gen<PostOffice> PostOffice(int codePage, string pool) =>
        from name in Text(pool, 6)
        from directory in DirectoryEntries(pool).List[0, 3]
        from mailboxes in Mailboxes(pool, name).List[0, 3]
        select new PostOffice { Name = name, CodePage = codePage, TimeZoneId = "UTC", Directory = directory, Mailboxes = mailboxes };

    private static Gen<DirectoryEntry> DirectoryEntries(string pool) =>
        Gen.Select(Text(pool, 8), Gen.Char[DirectoryEntryTypes.All], Text(pool, 5), Gen.Bool, Text(pool, 5),
            (name, type, address, hasComment, comment) => new DirectoryEntry { Name = name, TypeCode = type, Address = address, Comment = hasComment ? comment : null });

    private static Gen<Mailbox> Mailboxes(string pool, string postOffice) =>
        Gen.Select(Text(pool, 8), Text(pool, 6).List[0, 3], Messages(pool, postOffice, nest: true).List[0, 4],
            (name, folders, messages) => new Mailbox { Name = name, Folders = folders, Messages = messages });

    private static Gen<CcMessage> Messages(string pool, string postOffice, bool nest)
    {
        var parse = Db8Samples.Parser(postOffice);
        var text = Text(pool, 10);
        var date = Gen.Long[DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks].Select(t => new DateTime(t));
        return Gen.Select(
            Gen.Int[0, 7],
            text.List[0, 3],
            Gen.Select(text, text),
            date,
            Gen.Select(text, text).List[0, 2],
            Items(pool, postOffice, nest).List[0, 3],
            Gen.Int[0, 2],
            (flags, addresses, subjectAndFolder, when, headers, items, priority) => new CcMessage
            {
                From = (flags & 1) != 0 && addresses.Count > 0 ? parse(addresses[0]) : null,
                To = [.. addresses.Select(parse)],
                Cc = (flags & 2) != 0 ? [.. addresses.Skip(1).Select(parse)] : [],
                ReturnReceiptTo = (flags & 4) != 0 ? parse(subjectAndFolder.Item1) : null,
                DateText = (flags & 2) != 0 ? null : subjectAndFolder.Item2,
                Date = (flags & 4) != 0 ? null : when,
                Subject = subjectAndFolder.Item1,
                Folder = subjectAndFolder.Item2,
                Priority = (CcPriority)priority,
                IsRead = (flags & 1) == 0,
                ExtraHeaders = [.. headers.Select(h => new CcHeader(h.Item1, h.Item2))],
                Items = items,
            });
    }

    private static Gen<CcItem> Items(string pool, string postOffice, bool nest)
    {
        var text = Text(pool, 12);
        var bytes = Gen.Byte.Array[0, 40];
        List<(int, IGen<CcItem>)> kinds =
        [
            (3, text.Select(t => (CcItem)new TextItem { Text = t })),
            (2, Gen.Select(text, Gen.Nullable(Gen.Long[0, DateTime.MaxValue.Ticks]), bytes,
                (name, ticks, data) => (CcItem)new FileItem { Name = name, Date = ticks is { } t ? new DateTime(t, DateTimeKind.Utc) : null, DateText = ticks?.ToString(System.Globalization.CultureInfo.InvariantCulture), Data = data })),
            (1, Gen.Select(Gen.Int[0, 2], Gen.Bool, text, bytes,
                (kind, named, name, data) => (CcItem)new BinaryItem { Kind = (BinaryItemKind)kind, Name = named ? name : null, Data = data })),
        ];
        if (nest)
        {
            kinds.Add((1, Messages(pool, postOffice, nest: false).Select(m => (CcItem)new MessageItem { Message = m })));
        }

        return Gen.Frequency([.. kinds]);
    }
}
