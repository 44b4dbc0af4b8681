using System.Buffers.Binary;
using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.Generator.Output;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * A message record whose length field is overwritten (docs/formats/db8.md, bytes 4..7 of the
 * record); the index still knows the length, so a migrator repairs it from there.
 */

/// <summary>A message record's length field overwritten.</summary>
public sealed class Db8CorruptLengthFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "db8-corrupt-length";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 37, [], FaultWhere.Db8, FaultScope.Copy, FaultOutcome.Repaired, "db8-length-from-index",
            "a message record's length field overwritten")
        { ConflictGroup = "db8" };

    /// <inheritdoc/>
    public override (string File, long Offset) InjectIntoRecord(Db8Output db8, Db8WrittenRecord record)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)(record.Length * 3 + 17));
        var file = Db8Output.Relative(record.File);
        var at = record.Offset + Db8Layout.LengthFieldOffset;
        db8.Patches.Add(new BytePatch(file, at, length));
        return (file, at);
    }
}
