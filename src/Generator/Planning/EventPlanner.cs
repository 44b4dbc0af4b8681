using Bogus;
using MailMig.Fidelity.Generator.Faults;
using MailMig.Fidelity.Generator.Generation;
using MailMig.Fidelity.Generator.PostOffices;
using MailMig.Fidelity.Generator.Randomness;

namespace MailMig.Fidelity.Generator.Planning;

/*
 * One event at a time: its faults (the targeted one and the sprayed ones), then its kind and sender
 * as the faults require, its local recipients and the folders of their copies. Every draw comes from
 * the event's own random source in a fixed order, so the plan of an event never depends on how many
 * faults another event drew.
 */

/// <summary>Plans single events of a post office: faults, kind, sender, local recipients and copies.</summary>
internal sealed class EventPlanner
{
    private readonly GenerationSettings _settings;
    private readonly GeneratedPostOffice _postOffice;
    private readonly MailPlan _plan;
    private readonly FaultDescriptor[] _eventScoped;
    private readonly FaultSet _needLocalRecipient;
    private readonly FaultSet _keepDraftsEmpty;
    private readonly List<PlannedRecipient> _recipients = [];
    private readonly HashSet<int> _chosen = [];

    /// <summary>A planner of the events of <paramref name="plan"/>.</summary>
    public EventPlanner(GenerationSettings settings, GeneratedPostOffice postOffice, MailPlan plan)
    {
        _settings = settings;
        _postOffice = postOffice;
        _plan = plan;
        _eventScoped = [.. settings.Faults.Faults.Where(f => f.Scope == FaultScope.Event)];
        _needLocalRecipient = FaultSet.Of(FaultCatalog.All.Where(f => f.Type.NeedsLocalRecipient));
        _keepDraftsEmpty = FaultSet.Of(FaultCatalog.All.Where(f => f.Type.KeepsDraftsEmpty));
    }

    /// <summary>Plans event <paramref name="e"/> with <paramref name="remaining"/> messages left, carrying <paramref name="target"/> when one is due.</summary>
    public void Plan(int e, int remaining, (int Bit, int Variant)? target)
    {
        var profile = _settings.Profile;
        var (faults, fromOutside, needsSender) = ApplySenderRules(e, Faults(e, target), target);
        var random = new Randomizer(SeedMixer.Derive(_settings.Seed, SeedStream.Plan, e));
        var roll = random.Double();
        var kind = fromOutside ? EventKind.Incoming
            : needsSender ? EventKind.Sent
            : faults.IsEmpty && roll < profile.DraftShare ? EventKind.Draft
            : roll < profile.DraftShare + profile.SentShare ? EventKind.Sent
            : EventKind.Incoming;
        var sender = kind == EventKind.Incoming ? -1 : random.Int(0, _postOffice.Users.Count - 1);
        if (kind == EventKind.Draft && _plan.MailboxFaults[sender].Overlaps(_keepDraftsEmpty))
        {
            kind = EventKind.Sent;
        }

        var maxLocal = MaxLocalRecipients(kind, remaining);
        var needsLocal = faults.Overlaps(_needLocalRecipient) || kind == EventKind.Incoming;
        if (needsLocal && maxLocal < 1)
        {
            faults = faults.Without(_needLocalRecipient);
            needsLocal = false;
        }

        var count = maxLocal <= 0 ? 0
            : !needsLocal && random.Double() < 0.15 ? 0
            : Math.Min(maxLocal, 1 + (int)(Math.Pow(random.Double(), 2.5) * maxLocal));
        PickRecipients(random, kind, sender, count);
        AddCopies(random, _plan.AddEvent(kind, sender, faults, _recipients, target), kind, sender);
    }

    private FaultSet Faults(int e, (int Bit, int Variant)? target)
    {
        var faults = target is { } t ? FaultSet.None.With(FaultCatalog.All[t.Bit]) : FaultSet.None;
        foreach (var fault in _eventScoped)
        {
            if (_settings.FaultRate > 0 && !faults.Contains(fault) && !faults.ConflictsWith(fault)
                && SeedMixer.Unit(_settings.Seed, SeedStream.EventFault, e, fault.Bit) < _settings.FaultRate)
            {
                faults = faults.With(fault);
            }
        }

        return faults;
    }

    // A fault that needs a local sender cannot go on mail from outside: it is dropped.
    private (FaultSet Faults, bool FromOutside, bool NeedsSender) ApplySenderRules(int e, FaultSet faults, (int Bit, int Variant)? target)
    {
        var fromOutside = false;
        var fromLocal = FaultSet.None;
        foreach (var fault in faults.Faults)
        {
            var targeted = target is { } t && t.Bit == fault.Bit ? t.Variant : (int?)null;
            var rule = fault.Type.Sender(FaultVariants.Of(_settings.Seed, e, fault, fault.Type.Variants, targeted));
            fromOutside |= rule == SenderRule.FromOutside;
            fromLocal = rule == SenderRule.FromLocalUser ? fromLocal.With(fault) : fromLocal;
        }

        return fromOutside && !fromLocal.IsEmpty ? (faults.Without(fromLocal), true, false) : (faults, fromOutside, !fromLocal.IsEmpty);
    }

    private int MaxLocalRecipients(EventKind kind, int remaining)
    {
        var users = _postOffice.Users.Count;
        var most = _settings.Profile.MaxLocalRecipients;
        return kind switch
        {
            EventKind.Sent => Math.Min(most, Math.Min(users - 1, remaining - 1)),
            EventKind.Incoming => Math.Min(most, Math.Min(users, remaining)),
            _ => 0,
        };
    }

    private void PickRecipients(Randomizer random, EventKind kind, int sender, int count)
    {
        var profile = _settings.Profile;
        _recipients.Clear();
        _chosen.Clear();
        while (_recipients.Count < count)
        {
            var user = random.Int(0, _postOffice.Users.Count - 1);
            if (user != sender && _chosen.Add(user))
            {
                var role = _recipients.Count == 0 ? RecipientRole.To
                    : random.Double() < profile.CcShare ? RecipientRole.Cc
                    : kind == EventKind.Sent && random.Double() < profile.BccShare ? RecipientRole.Bcc
                    : RecipientRole.To;
                _recipients.Add(new PlannedRecipient(user, role));
            }
        }
    }

    private void AddCopies(Randomizer random, int index, EventKind kind, int sender)
    {
        if (kind != EventKind.Incoming)
        {
            _plan.AddCopy(sender, new PlannedCopy(index, true, kind == EventKind.Draft ? MailboxFolders.Drafts : MailboxFolders.MessageLog));
        }

        foreach (var r in _recipients)
        {
            _plan.AddCopy(r.User, new PlannedCopy(index, false, RecipientFolder(random, _postOffice.Users[r.User], _plan.MailboxFaults[r.User])));
        }
    }

    private static int RecipientFolder(Randomizer random, LocalUser user, FaultSet mailboxFaults)
    {
        var roll = random.Double();
        foreach (var fault in mailboxFaults.Types)
        {
            if (fault.RecipientFolder(roll, random, user) is { } folder)
            {
                return folder;
            }
        }

        var userFolders = user.UserFolders.Count;
        return roll < 0.8 || userFolders == 0 ? MailboxFolders.Inbox
            : roll < 0.94 ? MailboxFolders.FirstUserFolder + random.Int(0, userFolders - 1)
            : MailboxFolders.Trash;
    }
}
