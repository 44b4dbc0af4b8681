using System.Buffers;
using System.Text;

namespace MailMig.Fidelity.CcMail.Export;

/*
 * A header line may be folded over continuation lines, so the header reader gathers a logical line
 * here until the next line that is not a continuation, and only then hands it to the builder. It
 * also counts the header's bytes against the header limit (KB Q266711).
 */

/// <summary>The logical header line being gathered, and what the header has used of its limit.</summary>
internal sealed class PendingHeaderLine
{
    private readonly ArrayBufferWriter<byte> _bytes = new();
    private readonly MessageHeaderBuilder _builder;
    private readonly Encoding _encoding;

    public PendingHeaderLine(MessageHeaderBuilder builder, Encoding encoding)
    {
        _builder = builder;
        _encoding = encoding;
    }

    /// <summary>Where the gathered line starts; -1 when none is gathered.</summary>
    public long Offset { get; private set; } = -1;

    /// <summary>The bytes gathered so far.</summary>
    public ReadOnlySpan<byte> Written => _bytes.WrittenSpan;

    /// <summary>How many bytes are gathered so far.</summary>
    public int Length => _bytes.WrittenCount;

    /// <summary>The header bytes counted against the header limit so far.</summary>
    public long Counted { get; set; }

    /// <summary>Whether the header passed its limit, so every line up to its end is dropped.</summary>
    public bool OverLimit { get; set; }

    /// <summary>Hands the gathered line (if any) to the builder and starts a new one at <paramref name="offset"/> with <paramref name="bytes"/>.</summary>
    public void Start(long offset, ReadOnlySpan<byte> bytes)
    {
        Flush();
        Offset = offset;
        _bytes.Write(bytes);
    }

    /// <summary>Adds a continuation's bytes to the gathered line.</summary>
    public void Append(ReadOnlySpan<byte> bytes) => _bytes.Write(bytes);

    /// <summary>Hands the gathered line (if any) to the builder.</summary>
    public void Flush()
    {
        if (Offset >= 0)
        {
            _builder.Apply(_bytes.WrittenSpan, _encoding, Offset);
        }

        _bytes.ResetWrittenCount();
        Offset = -1;
    }
}
