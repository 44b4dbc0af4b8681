using MailMig.Fidelity.Generator.Generation;
using MailMig.Fidelity.Generator.Manifest;

namespace MailMig.Fidelity.Generator.Tests.Support;

/// <summary>The manifest of a generated post office written to memory, without byte outputs (fault locations left null).</summary>
internal static class ModelManifest
{
    public static byte[] Bytes(GenerationSession session)
    {
        var stream = new MemoryStream();
        using (var writer = new ManifestWriter(new NonClosing(stream), session.Calendar, session.Settings.Formats))
        {
            writer.WriteHeader(session.Settings, session.PostOffice);
            foreach (var user in session.PostOffice.Users)
            {
                writer.WriteMailbox(user.Name, user.Folders, session.Plan.Copies[user.Index].Count,
                    session.Plan.MailboxFaults[user.Index].Faults.Select(f => new AppliedFault(f, null, null, null)).ToArray());
                foreach (var (index, content, build) in session.Mailbox(user))
                {
                    var faults = build.Marks.Select(m => new AppliedFault(m.Fault, m.Detail, null, null))
                        .Concat(build.Db8Faults.Select(f => new AppliedFault(f, null, null, null))).ToArray();
                    writer.WriteMessage(user.Name, index + 1, build.Message,
                        new MessageExpectation(content.ExpectedLocal, content.ExpectedNames, build.Unreadable, faults));
                }
            }
        }

        return stream.ToArray();
    }

    private sealed class NonClosing(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
