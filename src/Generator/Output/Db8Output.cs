using System.Buffers.Binary;
using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Faults;

namespace MailMig.Fidelity.Generator.Output;

/// <summary>Writes the DB8 post office through <see cref="Db8Writer"/> and turns DB8 faults into byte patches at the written record's offsets.</summary>
/// <remarks>
/// Offsets follow docs/formats/db8.md ("Fault catalog"): a message record's length field is bytes
/// 4..7 of the record, an index entry's record offset bytes 32..39 of the entry. Patches are applied
/// once the store is complete, so the writer never sees damaged bytes.
/// </remarks>
public sealed class Db8Output : IDisposable
{
    private readonly Db8Writer _writer;

    /// <summary>Creates the post office <paramref name="name"/> in <c>po/</c> under <paramref name="root"/>.</summary>
    public Db8Output(string root, string name, int codePage, string timeZoneId, IEnumerable<DirectoryEntry> directory)
    {
        var folder = Path.Combine(root, OutputLayout.PostOfficeFolder);
        Directory.CreateDirectory(folder);
        _writer = new Db8Writer(folder, name, codePage, timeZoneId);
        foreach (var entry in directory)
        {
            _writer.WriteDirectoryEntry(entry);
        }
    }

    /// <summary>The patches the DB8 faults need, applied after <see cref="Complete"/>.</summary>
    public List<BytePatch> Patches { get; } = [];

    /// <summary>Starts a mailbox.</summary>
    public void BeginMailbox(string name, IReadOnlyList<string> folders) => _writer.BeginMailbox(name, folders);

    /// <summary>Writes a message and returns where it landed.</summary>
    public Db8WrittenRecord Write(CcMessage message) => _writer.WriteMessage(message);

    /// <summary>Finishes the mailbox.</summary>
    public void EndMailbox() => _writer.EndMailbox();

    /// <summary>Plans three flipped bytes in the body of the mailbox record the next <see cref="EndMailbox"/> writes; returns where the first is.</summary>
    public (string File, long Offset) DamageNextMailboxRecord()
    {
        var body = _writer.NextMailboxRecordOffset + Db8Layout.RecordHeaderSize;
        for (var i = 0; i < 3; i++)
        {
            Patches.Add(new BytePatch(Relative(Db8Layout.MailboxFile), body + 2 + (5 * i), [0x5A], XorWith: true));
        }

        return (Relative(Db8Layout.MailboxFile), body + 2);
    }

    /// <summary>Plans one flipped byte in the version record of CCVER.TB (the high byte of its database generation); returns where it is.</summary>
    public (string File, long Offset) DamageVersion()
    {
        var offset = Db8Layout.FileHeaderSize + Db8Layout.RecordHeaderSize + 1L;
        if (!Patches.Any(p => p.File == Relative(Db8Layout.VersionFile)))
        {
            Patches.Add(new BytePatch(Relative(Db8Layout.VersionFile), offset, [0x5A], XorWith: true));
        }

        return (Relative(Db8Layout.VersionFile), offset);
    }

    /// <summary>Writes the index and closes the files.</summary>
    public void Complete() => _writer.Complete();

    /// <summary>The file (relative to the output folder) of a store file the writer named relative to the post office.</summary>
    public static string Relative(string file) => $"{OutputLayout.PostOfficeFolder}/{file.Replace('\\', '/')}";

    /// <summary>Plans the bytes of <paramref name="fault"/> for the record <paramref name="record"/> and returns where they are.</summary>
    public (string File, long Offset) Inject(FaultDescriptor fault, Db8WrittenRecord record)
    {
        switch (fault.Id)
        {
            case FaultIds.Db8CorruptLength:
                var length = new byte[4];
                BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)(record.Length * 3 + 17));
                Patches.Add(new BytePatch(Relative(record.File), record.Offset + Db8Layout.LengthFieldOffset, length));
                return (Relative(record.File), record.Offset + Db8Layout.LengthFieldOffset);
            case FaultIds.Db8DanglingOffset:
                var offset = new byte[8];
                BinaryPrimitives.WriteUInt64LittleEndian(offset, 0x7FFF_FFFF_0000UL + (ulong)record.Offset);
                Patches.Add(new BytePatch(Relative(record.IndexFile), record.IndexOffset + Db8Layout.IndexEntryOffsetFieldOffset, offset));
                return (Relative(record.IndexFile), record.IndexOffset + Db8Layout.IndexEntryOffsetFieldOffset);
            default:
                var cut = record.Offset + record.Length / 2;
                Patches.Add(new BytePatch(Relative(record.File), cut, null));
                return (Relative(record.File), cut);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _writer.Dispose();
}
