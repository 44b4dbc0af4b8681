using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Diagnostics;

namespace MailMig.Fidelity.Fuzz;

/// <summary>The DB8 reader (docs/formats/db8.md): the input is a whole post office packed by <see cref="PostOfficeArchive"/>, read in memory.</summary>
/// <remarks>
/// The reader's one documented exception is <see cref="CcMailFormatException"/> with no inner
/// exception: the files are no post office (no <c>CCPOMBOX.*</c>, another database's version file,
/// no trace of the layout). That refusal is the documented outcome; any other exception is a finding.
/// </remarks>
internal static class Db8Target
{
    /// <summary>Opens the post office in <paramref name="input"/> and reads every mailbox's messages.</summary>
    public static void Run(byte[] input)
    {
        var files = PostOfficeArchive.Unpack(input);
        Db8Reader reader;
        try
        {
            reader = new Db8Reader(files);
        }
        catch (CcMailFormatException e) when (e.InnerException is null)
        {
            return;
        }

        using (reader)
        {
            var seen = reader.Diagnostics.Count + reader.LostMailboxes.Count + reader.Directory.Count;
            foreach (var mailbox in reader.Mailboxes)
            {
                foreach (var record in reader.ReadMessages(mailbox))
                {
                    seen += record.Diagnostics.Count + (record.Message?.Items.Count ?? 0);
                }
            }

            GC.KeepAlive(seen);
        }
    }
}
