using MailMig.Fidelity.Generator.Content;
using MailMig.Fidelity.Generator.Manifest;
using MailMig.Fidelity.Generator.Planning;
using MailMig.Fidelity.Generator.PostOffices;

namespace MailMig.Fidelity.Generator.Generation;

/// <summary>Builds the copies of one mailbox at a time from the plan; one per thread, since its builders keep state between calls.</summary>
/// <remarks>
/// Every copy is a function of the plan and its seeds alone, except the read state a folder's earlier copy
/// left behind, so a mailbox is built by one builder from its first copy to its last; any builder gives the same copies.
/// </remarks>
internal sealed class MailboxBuilder
{
    private readonly MailPlan _plan;
    private readonly EventContentBuilder _content;
    private readonly CopyBuilder _copies;
    private readonly int _lastUser;

    /// <summary>A builder of the mailboxes of <paramref name="plan"/>; <paramref name="lastUser"/> holds the store's last message.</summary>
    public MailboxBuilder(GenerationSettings settings, GeneratedPostOffice postOffice, MailPlan plan, ZoneCalendar calendar, int lastUser)
    {
        _plan = plan;
        _content = new EventContentBuilder(settings, postOffice, plan, calendar);
        _copies = new CopyBuilder(settings, plan);
        _lastUser = lastUser;
        Manifest = new ManifestWriter(Stream.Null, calendar, settings.Formats);
    }

    /// <summary>A manifest writer of this builder's own, for rendering message lines ahead of the writer (it writes to no file).</summary>
    public ManifestWriter Manifest { get; }

    /// <summary>The messages of <paramref name="user"/>'s mailbox in source order, each built when asked for.</summary>
    public IEnumerable<GeneratedCopy> Mailbox(LocalUser user)
    {
        var copies = _plan.Copies[user.Index];
        for (var index = 0; index < copies.Count; index++)
        {
            var copy = PlannedCopy.Unpack(copies[index]);
            var content = _content.Build(copy.Event);
            yield return new GeneratedCopy(index, content,
                _copies.Build(content, copy, user, index, user.Index == _lastUser && index == copies.Count - 1));
        }
    }
}
