using Bogus;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Addresses;
using MailMig.Fidelity.Generator.Faults;
using MailMig.Fidelity.Generator.Generation;
using MailMig.Fidelity.Generator.Planning;
using MailMig.Fidelity.Generator.PostOffices;
using MailMig.Fidelity.Generator.Randomness;

namespace MailMig.Fidelity.Generator.Content;

/// <summary>Builds the content of one event from its seed and its plan: the same event always gives the same content, whichever copy asks.</summary>
public sealed class EventContentBuilder
{
    private readonly GenerationSettings _settings;
    private readonly GeneratedPostOffice _postOffice;
    private readonly MailPlan _plan;
    private readonly Faker _faker = new("en");
    private readonly Faker _subjectFaker = new("en");
    private readonly Faker _forwardFaker = new("en");
    private readonly TextFactory _text;
    private readonly ForeignAddresses _foreign;
    private readonly EventFaultContext _faultContext;

    /// <summary>A builder for the events of <paramref name="plan"/>.</summary>
    public EventContentBuilder(GenerationSettings settings, GeneratedPostOffice postOffice, MailPlan plan, ZoneCalendar calendar)
    {
        _settings = settings;
        _postOffice = postOffice;
        _plan = plan;
        Calendar = calendar;
        var companies = new Companies(SeedMixer.Derive(settings.Seed, SeedStream.PostOffice, 7));
        _text = new TextFactory(postOffice.IsDbcs, companies);
        _foreign = new ForeignAddresses(postOffice, settings.Profile.AttmailShare, companies);
        _faultContext = new EventFaultContext(postOffice, calendar, _foreign, _text, _faker, this);
    }

    /// <summary>The post office's calendar.</summary>
    public ZoneCalendar Calendar { get; }

    /// <summary>The content of event <paramref name="e"/>.</summary>
    public EventContent Build(int e)
    {
        _faker.Random = new Randomizer(SeedMixer.Derive(_settings.Seed, SeedStream.Content, e));
        var random = _faker.Random;
        var kind = _plan.Kind(e);
        var sender = _plan.Sender(e);
        var content = new EventContent
        {
            Event = e, Kind = kind, From = sender >= 0 ? _postOffice.Users[sender].Address : _foreign.Any(_faker),
        };

        AddRecipients(content, e);
        var local = Calendar.EventLocal(e, _plan.EventCount, random);
        content.Date = local;
        content.ExpectedLocal = local;
        content.DateText = DateTexts.Standard(local);
        var priorityRoll = random.Double();
        content.Priority = priorityRoll < 0.04 ? CcPriority.Low : priorityRoll < 0.1 ? CcPriority.Urgent : CcPriority.Normal;

        var forward = AddSubjectAndBody(content, sender);
        AddItems(content, local, forward);
        if (kind == EventKind.Sent && random.Double() < 0.03)
        {
            content.ReturnReceiptTo = content.From;
        }

        foreach (var fault in _plan.EventFaults(e).Faults)
        {
            fault.Type.ApplyToEvent(content, FaultVariants.Of(_settings.Seed, _plan, e, fault, fault.Type.Variants), _faultContext);
        }

        return content;
    }

    // The planned local recipients, then foreign ones (at least one To).
    private void AddRecipients(EventContent content, int e)
    {
        var random = _faker.Random;
        foreach (var r in _plan.Recipients(e))
        {
            var address = _postOffice.Users[r.User].Address;
            (r.Role switch { RecipientRole.To => content.To, RecipientRole.Cc => content.Cc, _ => content.Bcc }).Add(address);
        }

        var foreignCount = (int)(Math.Pow(random.Double(), 2) * (_settings.Profile.MaxForeignRecipients + 1));
        for (var i = 0; i < foreignCount || content.To.Count == 0; i++)
        {
            var roll = random.Double();
            var list = content.To.Count == 0 || roll < 0.6 ? content.To
                : roll < 0.9 || content.Kind != EventKind.Sent ? content.Cc
                : content.Bcc;
            list.Add(_foreign.Any(_faker));
        }
    }

    // A new subject, a reply or a forward of an earlier event, and the body; returns whether it forwards.
    private bool AddSubjectAndBody(EventContent content, int sender)
    {
        var e = content.Event;
        var profile = _settings.Profile;
        var random = _faker.Random;
        var subjectRoll = random.Double();
        var earlier = e == 0 ? 0 : e - random.Int(1, Math.Min(e, 40));
        var forward = e > 0 && subjectRoll >= profile.ReplyShare && subjectRoll < profile.ReplyShare + profile.ForwardShare;
        content.Subject = e > 0 && subjectRoll < profile.ReplyShare ? "Re: " + BaseSubject(earlier)
            : forward ? "Fw: " + BaseSubject(earlier)
            : BaseSubject(e);

        var greeting = _plan.Recipients(e).Select(r => _postOffice.Users[r.User].FirstName).FirstOrDefault();
        var signature = sender >= 0 ? _postOffice.Users[sender].FirstName : _faker.Name.FirstName();
        var quoted = subjectRoll < profile.ReplyShare ? _text.Sentence(_faker) : null;
        content.Items.Add(new TextItem { Text = _text.Body(_faker, greeting, signature, profile.MinParagraphs, profile.MaxParagraphs, quoted) });
        return forward;
    }

    // Attachments, a binary item, a second text item and the forwarded message, each by the profile's share.
    private void AddItems(EventContent content, DateTime local, bool forward)
    {
        var profile = _settings.Profile;
        var random = _faker.Random;
        if (random.Double() < profile.AttachmentShare)
        {
            for (var n = random.Int(1, profile.MaxAttachments); n > 0; n--)
            {
                content.AddFile(AttachmentFactory.File(_faker, profile.AttachmentMinBytes, profile.AttachmentMaxBytes, local, _text));
            }
        }

        if (random.Double() < profile.BinaryItemShare)
        {
            content.Items.Add(AttachmentFactory.Binary(random, profile.AttachmentMaxBytes));
        }

        if (random.Double() < profile.ExtraTextShare)
        {
            content.Items.Add(new TextItem { Text = _text.Sentence(_faker) + "\r\n" });
        }

        if (forward)
        {
            content.Items.Add(new MessageItem { Message = Forwarded(content.Event, 1, 1, local) });
        }
    }

    /// <summary>The base subject of event <paramref name="e"/> (no <c>Re:</c>), the same whichever event replies to it.</summary>
    public string BaseSubject(int e)
    {
        _subjectFaker.Random = new Randomizer(SeedMixer.Derive(_settings.Seed, SeedStream.Subject, e));
        return _text.Subject(_subjectFaker, _settings.Profile.SubjectPadding);
    }

    /// <summary>A forwarded message for event <paramref name="e"/> at nesting <paramref name="depth"/>, nesting down to <paramref name="maxDepth"/>, each level with an attachment when nested.</summary>
    public CcMessage Forwarded(int e, int depth, int maxDepth, DateTime before)
    {
        _forwardFaker.Random = new Randomizer(SeedMixer.Derive(_settings.Seed, SeedStream.Forwarded, e, depth));
        var faker = _forwardFaker;
        var local = Calendar.Unambiguous(before.AddDays(-faker.Random.Int(1, 20)).AddMinutes(-faker.Random.Int(0, 300)));
        var from = faker.Random.Bool(0.5f) ? _foreign.Any(faker) : _postOffice.Users[faker.Random.Int(0, _postOffice.Users.Count - 1)].Address;
        var message = new CcMessage
        {
            From = from, To = [_foreign.Any(faker)], Subject = _text.Subject(faker, 0), Date = local, DateText = DateTexts.Standard(local),
            Folder = SystemFolders.Inbox, IsRead = true,
        };
        message.Items.Add(new TextItem { Text = _text.Body(faker, null, faker.Name.FirstName(), 1, 1, null) });
        if (maxDepth > 1)
        {
            message.Items.Add(AttachmentFactory.File(faker, 100, 2000, local, _text));
        }

        if (depth < maxDepth)
        {
            message.Items.Add(new MessageItem { Message = Forwarded(e, depth + 1, maxDepth, local) });
        }

        return message;
    }
}
