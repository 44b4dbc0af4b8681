using Bogus;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Content;
using MailMig.Fidelity.Generator.Faults;
using MailMig.Fidelity.Generator.Planning;
using MailMig.Fidelity.Generator.PostOffices;
using MailMig.Fidelity.Generator.Randomness;

namespace MailMig.Fidelity.Generator.Generation;

/// <summary>Turns an event's content into one mailbox's copy: folder, read state, Bcc only for the sender, and the copy and mailbox faults.</summary>
/// <remarks>
/// A copy's faults are applied in two passes, each in catalog order: first those that decide its read
/// state (before the state is remembered for the folder), then the rest; the mailbox's faults come last.
/// The marks keep that order, which is the manifest's.
/// </remarks>
public sealed class CopyBuilder
{
    private readonly GenerationSettings _settings;
    private readonly MailPlan _plan;
    private readonly FaultDescriptor[] _copyScoped;
    private readonly Dictionary<int, bool> _lastReadByFolder = [];
    private int _user = -1;

    /// <summary>A builder for the copies of <paramref name="plan"/>.</summary>
    public CopyBuilder(GenerationSettings settings, MailPlan plan)
    {
        _settings = settings;
        _plan = plan;
        _copyScoped = settings.Faults.Faults.Where(f => f.Scope == FaultScope.Copy).ToArray();
    }

    /// <summary>Copy <paramref name="index"/> (0-based) of <paramref name="user"/>'s mailbox, built from <paramref name="content"/>.</summary>
    public CopyBuild Build(EventContent content, PlannedCopy copy, LocalUser user, int index, bool isLastInStore)
    {
        if (_user != user.Index)
        {
            _user = user.Index;
            _lastReadByFolder.Clear();
        }

        var key = ((long)user.Index << 32) | (uint)index;
        var random = new Randomizer(SeedMixer.Derive(_settings.Seed, SeedStream.Copy, key));
        var faults = CopyFaults(user.Index, index, key, new CopyPlace(isLastInStore, _lastReadByFolder.ContainsKey(copy.Folder)));
        var message = new CcMessage
        {
            From = content.From, To = content.To, Cc = content.Cc, Bcc = copy.IsSenderCopy ? content.Bcc : [],
            ReturnReceiptTo = content.ReturnReceiptTo, DateText = content.DateText, Date = content.Date, Subject = content.Subject,
            Folder = user.Folders[copy.Folder], Priority = content.Priority, IsRead = copy.IsSenderCopy || random.Double() < 0.7, Items = content.Items,
        };
        var marks = content.Marks.Where(m => !m.SenderCopyOnly || copy.IsSenderCopy).ToList();
        var draft = new CopyDraft(content, message, random, marks, _lastReadByFolder.TryGetValue(copy.Folder, out var last) ? last : null);
        foreach (var fault in faults.Types)
        {
            fault.ChooseReadState(draft);
        }

        _lastReadByFolder[copy.Folder] = message.IsRead;
        foreach (var fault in faults.Types)
        {
            fault.ApplyToCopy(draft);
        }

        foreach (var fault in _plan.MailboxFaults[user.Index].Types)
        {
            fault.ApplyToMailboxCopy(draft);
        }

        return new CopyBuild(message, draft.Style, marks, draft.GarbageBefore, draft.Unreadable,
            faults.Faults.Where(f => f.Where == FaultWhere.Db8).ToArray());
    }

    // The plan's targeted faults plus the sprayed ones, less any the copy's place does not fit.
    private FaultSet CopyFaults(int user, int index, long key, CopyPlace place)
    {
        var faults = _plan.CopyFaults(user, index);
        foreach (var fault in _copyScoped)
        {
            if (_settings.FaultRate > 0 && !faults.Contains(fault) && !faults.ConflictsWith(fault) && fault.Type.FitsCopy(place)
                && SeedMixer.Unit(_settings.Seed, SeedStream.Copy, key, fault.Bit) < _settings.FaultRate)
            {
                faults = faults.With(fault);
            }
        }

        return faults.Where(f => f.FitsCopy(place));
    }
}
