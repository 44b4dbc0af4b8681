using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.Fuzz;

namespace MailMig.Fidelity.CcMail.Tests.FuzzReplay;

/// <summary>Replays the DB8 reader's saved fuzz corpus (fuzz/run.sh db8): each input is a packed post office, read in memory as in the campaign.</summary>
public sealed class Db8FuzzReplayTests
{
    public static TheoryData<string> Inputs => FuzzCorpus.Files("db8");

    [Theory]
    [MemberData(nameof(Inputs))]
    public void EachSavedPostOfficeIsRefusedWithAFormatErrorOrReadWithoutExceptionMailboxByMailbox(string input)
    {
        var files = PostOfficeArchive.Unpack(FuzzCorpus.Read("db8", input));

        Db8Reader reader;
        try
        {
            reader = new Db8Reader(files);
        }
        catch (CcMailFormatException refused) when (refused.InnerException is null)
        {
            Assert.False(string.IsNullOrWhiteSpace(refused.Message));
            return;
        }

        using (reader)
        {
            foreach (var mailbox in reader.Mailboxes)
            {
                var records = reader.ReadMessages(mailbox).ToList();
                Assert.All(records, r => Assert.True(!r.IsUnreadable || r.Diagnostics.Count > 0, $"record {r.Index} of {mailbox.Name} is unreadable without a diagnostic"));
            }
        }
    }
}
