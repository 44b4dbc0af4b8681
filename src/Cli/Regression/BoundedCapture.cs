/*
 * A candidate may print anything: a gigabyte without a newline, binary noise, nothing at all. The
 * gate reads its streams as raw bytes and keeps only the first and last few kilobytes and a byte
 * count, so its memory stays fixed whatever the candidate prints.
 */
using System.Text;

namespace MailMig.Fidelity.Cli.Regression;

/// <summary>Keeps the head and tail of a byte stream and counts every byte, in fixed memory.</summary>
public sealed class BoundedCapture
{
    /// <summary>How many bytes of the start are kept.</summary>
    public const int HeadBytes = 4 * 1024;

    /// <summary>How many bytes of the end are kept.</summary>
    public const int TailBytes = 8 * 1024;

    /// <summary>The most characters <see cref="ToString"/> returns.</summary>
    public const int MaxTextLength = HeadBytes + TailBytes + 64;

    private readonly byte[] _head = new byte[HeadBytes];
    private readonly byte[] _tail = new byte[TailBytes];
    private readonly Lock _gate = new();
    private int _headCount;
    private long _tailCount;

    /// <summary>How many bytes were appended in all.</summary>
    public long TotalBytes
    {
        get
        {
            lock (_gate)
            {
                return _headCount + _tailCount;
            }
        }
    }

    /// <summary>Reads <paramref name="stream"/> to its end (or until cancelled), keeping its head and tail.</summary>
    public async Task ReadToEndAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            Append(buffer.AsSpan(0, read));
        }
    }

    /// <summary>Appends <paramref name="data"/>.</summary>
    public void Append(ReadOnlySpan<byte> data)
    {
        lock (_gate)
        {
            var toHead = Math.Min(HeadBytes - _headCount, data.Length);
            data[..toHead].CopyTo(_head.AsSpan(_headCount));
            _headCount += toHead;
            data = data[toHead..];

            // Only the last TailBytes of what is left can survive; the ring position is the count modulo its size.
            if (data.Length > TailBytes)
            {
                _tailCount += data.Length - TailBytes;
                data = data[^TailBytes..];
            }

            foreach (var b in data)
            {
                _tail[_tailCount++ % TailBytes] = b;
            }
        }
    }

    /// <summary>The kept text (UTF-8, invalid bytes replaced), with a line saying how many bytes between head and tail were left out.</summary>
    public override string ToString()
    {
        lock (_gate)
        {
            var head = Encoding.UTF8.GetString(_head, 0, _headCount);
            var kept = (int)Math.Min(_tailCount, TailBytes);
            var ring = new byte[kept];
            for (var i = 0; i < kept; i++)
            {
                ring[i] = _tail[(_tailCount - kept + i) % TailBytes];
            }

            var leftOut = _tailCount - kept;
            var gap = leftOut > 0 ? $"\n… [{leftOut} bytes left out] …\n" : "";
            return head + gap + Encoding.UTF8.GetString(ring);
        }
    }
}
