using Bogus;
using MailMig.Fidelity.Generator.Addresses;
using MailMig.Fidelity.Generator.Faults;
using MailMig.Fidelity.Generator.Generation;
using MailMig.Fidelity.Generator.PostOffices;
using MailMig.Fidelity.Generator.Randomness;

namespace MailMig.Fidelity.Generator.Planning;

/// <summary>Plans who sends what to whom until the post office holds exactly the requested number of messages, and where each fault goes.</summary>
/// <remarks>
/// Targeted ("once") event faults are spread evenly over the run and placed early enough that the
/// remaining messages can carry them all; sprayed faults are decided per event from the seed. A sent
/// event delivers one copy per local recipient plus the sender's Message Log copy, and an event never
/// gets more local recipients than messages are left, so the total is exact without cutting deliveries.
/// </remarks>
public static class Planner
{
    private const int Inbox = 0, MessageLog = 1, Drafts = 2, Trash = 3, FirstUserFolder = 4;

    /// <summary>Plans the mail of <paramref name="postOffice"/> under <paramref name="settings"/>.</summary>
    public static MailPlan Create(GenerationSettings settings, GeneratedPostOffice postOffice)
    {
        var seed = settings.Seed;
        var users = postOffice.Users.Count;
        var profile = settings.Profile;
        var plan = new MailPlan(users);
        var selected = settings.Faults.Faults.ToArray();
        var targets = new Randomizer(SeedMixer.Derive(seed, SeedStream.Targets));

        PlaceMailboxFaults(settings, plan, selected.Where(f => f.Id == FaultIds.EmptySystemFolder), targets);

        var queue = new Queue<(FaultDescriptor Fault, int Variant)>(targets.Shuffle(EventTargets(settings, selected)));
        var eventScoped = selected.Where(f => f.Scope == FaultScope.Event).ToArray();
        var stride = Math.Max(1, settings.Messages / 2 / (queue.Count + 1));
        var nextSlot = stride;
        var recipients = new List<PlannedRecipient>();
        var chosen = new HashSet<int>();

        for (var e = 0; plan.CopyCount < settings.Messages; e++)
        {
            var remaining = settings.Messages - plan.CopyCount;
            var faults = FaultSet.None;
            (int Bit, int Variant)? target = null;
            if (queue.Count > 0 && (e >= nextSlot || remaining <= queue.Count))
            {
                var (fault, variant) = queue.Dequeue();
                faults = faults.With(fault);
                target = (fault.Bit, variant);
                nextSlot = e + stride;
            }

            foreach (var fault in eventScoped)
            {
                if (settings.FaultRate > 0 && !faults.Contains(fault) && !faults.ConflictsWith(fault)
                    && SeedMixer.Unit(seed, SeedStream.EventFault, e, fault.Bit) < settings.FaultRate)
                {
                    faults = faults.With(fault);
                }
            }

            var random = new Randomizer(SeedMixer.Derive(seed, SeedStream.Plan, e));
            var attmail = FaultCatalog.Get(FaultIds.AttmailAddress);
            var attmailSlot = faults.Contains(attmail)
                ? FaultVariants.Attmail(FaultVariants.Of(seed, e, attmail, FaultVariants.AttmailCombinations,
                    target is { } t && t.Bit == attmail.Bit ? t.Variant : null)).Slot
                : (AddressSlot?)null;
            var fromOutside = faults.Contains(FaultIds.StrayLeadingComma) || faults.Contains(FaultIds.DuplicateDirectoryNames) || attmailSlot == AddressSlot.From;
            var needsSender = faults.Contains(FaultIds.BccSenderCopy) || attmailSlot is AddressSlot.Bcc or AddressSlot.Rrt;
            if (fromOutside && needsSender)
            {
                faults = new FaultSet(faults.Bits & ~(1UL << FaultCatalog.Get(FaultIds.BccSenderCopy).Bit));
                needsSender = false;
            }

            var roll = random.Double();
            var kind = fromOutside ? EventKind.Incoming
                : needsSender ? EventKind.Sent
                : faults.IsEmpty && roll < profile.DraftShare ? EventKind.Draft
                : roll < profile.DraftShare + profile.SentShare ? EventKind.Sent
                : EventKind.Incoming;
            var sender = kind == EventKind.Incoming ? -1 : random.Int(0, users - 1);
            if (kind == EventKind.Draft && plan.MailboxFaults[sender].Contains(FaultIds.EmptySystemFolder))
            {
                kind = EventKind.Sent;
            }

            var maxLocal = kind switch
            {
                EventKind.Sent => Math.Min(profile.MaxLocalRecipients, Math.Min(users - 1, remaining - 1)),
                EventKind.Incoming => Math.Min(profile.MaxLocalRecipients, Math.Min(users, remaining)),
                _ => 0,
            };
            var needsLocal = faults.Contains(FaultIds.MissingPostOffice) || kind == EventKind.Incoming;
            if (needsLocal && maxLocal < 1)
            {
                faults = new FaultSet(faults.Bits & ~(1UL << FaultCatalog.Get(FaultIds.MissingPostOffice).Bit));
                needsLocal = false;
            }

            var count = maxLocal <= 0 ? 0
                : !needsLocal && random.Double() < 0.15 ? 0
                : Math.Min(maxLocal, 1 + (int)(Math.Pow(random.Double(), 2.5) * maxLocal));

            recipients.Clear();
            chosen.Clear();
            while (recipients.Count < count)
            {
                var user = random.Int(0, users - 1);
                if (user != sender && chosen.Add(user))
                {
                    var role = recipients.Count == 0 ? RecipientRole.To
                        : random.Double() < profile.CcShare ? RecipientRole.Cc
                        : kind == EventKind.Sent && random.Double() < profile.BccShare ? RecipientRole.Bcc
                        : RecipientRole.To;
                    recipients.Add(new PlannedRecipient(user, role));
                }
            }

            var index = plan.AddEvent(kind, sender, faults, recipients, target);
            if (kind != EventKind.Incoming)
            {
                plan.AddCopy(sender, new PlannedCopy(index, true, kind == EventKind.Draft ? Drafts : MessageLog));
            }

            foreach (var r in recipients)
            {
                plan.AddCopy(r.User, new PlannedCopy(index, false, RecipientFolder(random, postOffice.Users[r.User], plan.MailboxFaults[r.User])));
            }
        }

        PlaceCopyFaults(plan, selected.Where(f => f.Scope == FaultScope.Copy), targets);
        PlaceMailboxFaults(settings, plan, selected.Where(f => f.Id == FaultIds.LfOnlyLines), targets);
        PlaceStoreFaults(plan, selected.Where(f => f.Id is FaultIds.Db8MailboxListDamaged or FaultIds.Db8VersionDamaged), targets);
        return plan;
    }

    private static IEnumerable<(FaultDescriptor, int)> EventTargets(GenerationSettings settings, IEnumerable<FaultDescriptor> selected)
    {
        foreach (var fault in selected.Where(f => f.Scope == FaultScope.Event))
        {
            var count = fault.Id == FaultIds.AttmailAddress && settings.Profile.CoverAttmailMatrix
                ? FaultVariants.AttmailCombinations
                : fault.TargetCount;
            for (var variant = 0; variant < count; variant++)
            {
                yield return (fault, variant);
            }
        }
    }

    private static int RecipientFolder(Randomizer random, LocalUser user, FaultSet mailboxFaults)
    {
        var roll = random.Double();
        var userFolders = user.UserFolders.Count;
        if (mailboxFaults.Contains(FaultIds.EmptySystemFolder))
        {
            // Drafts, Trash and the last user folder stay empty.
            return roll >= 0.8 && userFolders > 1 ? FirstUserFolder + random.Int(0, userFolders - 2) : Inbox;
        }

        return roll < 0.8 || userFolders == 0 ? Inbox
            : roll < 0.94 ? FirstUserFolder + random.Int(0, userFolders - 1)
            : Trash;
    }

    private static void PlaceMailboxFaults(GenerationSettings settings, MailPlan plan, IEnumerable<FaultDescriptor> faults, Randomizer targets)
    {
        var users = plan.Copies.Length;
        foreach (var fault in faults)
        {
            var candidates = Enumerable.Range(0, users).Where(u => fault.Id != FaultIds.LfOnlyLines || plan.Copies[u].Count > 0).ToArray();
            if (candidates.Length == 0)
            {
                throw new GeneratorUsageException($"could not place {fault.Id}: no mailbox holds a message; raise --messages");
            }

            var chosen = targets.ArrayElement(candidates);
            plan.MailboxFaults[chosen] = plan.MailboxFaults[chosen].With(fault);
            foreach (var u in candidates)
            {
                if (settings.FaultRate > 0 && SeedMixer.Unit(settings.Seed, SeedStream.Mailbox, u, fault.Bit) < settings.FaultRate)
                {
                    plan.MailboxFaults[u] = plan.MailboxFaults[u].With(fault);
                }
            }
        }
    }

    // Once each, never sprayed, on a mailbox that holds mail: a recovered mailbox is named from its messages.
    private static void PlaceStoreFaults(MailPlan plan, IEnumerable<FaultDescriptor> faults, Randomizer targets)
    {
        foreach (var fault in faults)
        {
            var candidates = Enumerable.Range(0, plan.Copies.Length).Where(u => plan.Copies[u].Count > 0).ToArray();
            if (candidates.Length == 0)
            {
                throw new GeneratorUsageException($"could not place {fault.Id}: no mailbox holds a message; raise --messages");
            }

            var chosen = targets.ArrayElement(candidates);
            plan.MailboxFaults[chosen] = plan.MailboxFaults[chosen].With(fault);
        }
    }

    private static void PlaceCopyFaults(MailPlan plan, IEnumerable<FaultDescriptor> faults, Randomizer targets)
    {
        var users = plan.Copies.Length;
        foreach (var fault in faults)
        {
            for (var n = 0; n < fault.TargetCount; n++)
            {
                var placed = false;
                for (var attempt = 0; attempt < 20_000 && !placed; attempt++)
                {
                    // The store holds every mailbox in turn: only its very last record can be cut without losing later mailboxes.
                    var user = fault.Id == FaultIds.Db8Truncated ? LastNonEmpty(plan) : targets.Int(0, users - 1);
                    var copies = plan.Copies[user];
                    if (copies.Count == 0)
                    {
                        continue;
                    }

                    var index = fault.Id == FaultIds.Db8Truncated ? copies.Count - 1 : targets.Int(0, copies.Count - 1);
                    var existing = plan.CopyFaults(user, index);
                    if ((attempt < 10_000 && !existing.IsEmpty) || existing.ConflictsWith(fault) || existing.Contains(fault)
                        || (fault.Id == FaultIds.ReadStatus && !HasEarlierInFolder(copies, index)))
                    {
                        continue;
                    }

                    plan.TargetCopy(user, index, fault);
                    placed = true;
                }

                if (!placed)
                {
                    throw new GeneratorUsageException($"could not place {fault.Id}: no message fits it; raise --messages");
                }
            }
        }
    }

    private static int LastNonEmpty(MailPlan plan)
    {
        var user = plan.Copies.Length - 1;
        while (user > 0 && plan.Copies[user].Count == 0)
        {
            user--;
        }

        return user;
    }

    /// <summary>Whether the copy at <paramref name="index"/> has an earlier copy in the same folder of its mailbox.</summary>
    public static bool HasEarlierInFolder(List<long> copies, int index)
    {
        var folder = PlannedCopy.Unpack(copies[index]).Folder;
        for (var i = index - 1; i >= 0; i--)
        {
            if (PlannedCopy.Unpack(copies[i]).Folder == folder)
            {
                return true;
            }
        }

        return false;
    }
}
