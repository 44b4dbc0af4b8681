using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Planning;
using MailMig.Fidelity.Generator.Tests.Support;

namespace MailMig.Fidelity.Generator.Tests.Planning;

public sealed class PlannerTests
{
    [Fact]
    public void ASentMessageGivesTheSenderAMessageLogCopyWithBccAndEachLocalRecipientOneCopyWithout()
    {
        var session = Sessions.Create("realistic", users: 8, messages: 400, faults: ["none"]);
        var plan = session.Plan;
        var copiesByEvent = session.PostOffice.Users
            .SelectMany(u => plan.Copies[u.Index].Select(p => (User: u.Index, Copy: PlannedCopy.Unpack(p))))
            .GroupBy(x => x.Copy.Event)
            .ToDictionary(g => g.Key, g => g.ToArray());
        var sentWithBcc = 0;
        for (var e = 0; e < plan.EventCount; e++)
        {
            var copies = copiesByEvent[e];
            var recipients = plan.Recipients(e).Select(r => r.User).ToArray();
            Assert.Equal(recipients.Order(), copies.Where(c => !c.Copy.IsSenderCopy).Select(c => c.User).Order());
            Assert.Equal(plan.Kind(e) == EventKind.Incoming ? 0 : 1, copies.Count(c => c.Copy.IsSenderCopy));
            sentWithBcc += plan.Kind(e) == EventKind.Sent && plan.Recipients(e).Any(r => r.Role == RecipientRole.Bcc) ? 1 : 0;
        }

        Assert.True(sentWithBcc > 0);
        foreach (var user in session.PostOffice.Users)
        {
            foreach (var copy in session.Mailbox(user))
            {
                var sender = PlannedCopy.Unpack(plan.Copies[user.Index][copy.Index]).IsSenderCopy;
                var folder = copy.Build.Message.Folder;
                if (sender)
                {
                    Assert.Contains(folder, new[] { SystemFolders.MessageLog, SystemFolders.Drafts });
                    Assert.Equal(copy.Content.Bcc, copy.Build.Message.Bcc);
                }
                else
                {
                    Assert.Empty(copy.Build.Message.Bcc);
                    Assert.NotEqual(SystemFolders.MessageLog, folder);
                }
            }
        }
    }

    [Fact]
    public void EmptySystemFolderLeavesDraftsTrashAndAUserFolderEmpty()
    {
        var session = Sessions.Create("realistic", users: 3, messages: 400, faults: ["empty-system-folder"]);
        var user = session.PostOffice.Users.Single(u => session.Plan.MailboxFaults[u.Index].Contains("empty-system-folder"));
        var used = session.Mailbox(user).Select(c => c.Build.Message.Folder).ToHashSet();
        Assert.DoesNotContain(SystemFolders.Drafts, used);
        Assert.DoesNotContain(SystemFolders.Trash, used);
        Assert.DoesNotContain(user.UserFolders[^1], used);
        Assert.Contains(SystemFolders.Drafts, user.Folders);
    }

    [Fact]
    public void MessagesOfAMailboxAreInDateOrder()
    {
        var session = Sessions.Create("realistic", users: 4, messages: 200, faults: ["none"]);
        foreach (var user in session.PostOffice.Users)
        {
            var dates = session.Mailbox(user).Select(c => c.Content.ExpectedLocal.Date).ToArray();
            Assert.Equal(dates.Order(), dates);
        }
    }
}
