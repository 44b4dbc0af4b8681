namespace MailMig.Fidelity.CcMail.Tests.Support;

/// <summary>A read-only, non-seekable stream that hands out at most <c>chunk</c> bytes per read and can fail at a chosen offset.</summary>
public sealed class TrickleStream(byte[] bytes, int chunk = 1, long failAt = -1) : Stream
{
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (failAt >= 0 && _position >= failAt)
        {
            throw new IOException("simulated disk error");
        }

        var n = (int)Math.Min(Math.Min(count, chunk), bytes.Length - _position);
        Array.Copy(bytes, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
