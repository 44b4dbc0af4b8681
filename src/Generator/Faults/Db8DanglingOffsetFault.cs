using System.Buffers.Binary;
using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.Generator.Output;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * An index entry whose record offset points past the end of the store (docs/formats/db8.md, bytes
 * 32..39 of the entry); the sequential walk still finds the record.
 */

/// <summary>An index entry pointing past the end of the store.</summary>
public sealed class Db8DanglingOffsetFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "db8-dangling-offset";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 38, [], FaultWhere.Db8, FaultScope.Copy, FaultOutcome.Repaired, "db8-record-found-by-walk",
            "an index entry pointing past the end of the store")
        { ConflictGroup = "db8" };

    /// <inheritdoc/>
    public override (string File, long Offset) InjectIntoRecord(Db8Output db8, Db8WrittenRecord record)
    {
        var offset = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(offset, 0x7FFF_FFFF_0000UL + (ulong)record.Offset);
        var file = Db8Output.Relative(record.IndexFile);
        var at = record.IndexOffset + Db8Layout.IndexEntryOffsetFieldOffset;
        db8.Patches.Add(new BytePatch(file, at, offset));
        return (file, at);
    }
}
