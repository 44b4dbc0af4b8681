using System.Text;
using Bogus;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Content;
using MailMig.Fidelity.Generator.Faults;
using MailMig.Fidelity.Generator.Planning;
using MailMig.Fidelity.Generator.PostOffices;
using MailMig.Fidelity.Generator.Randomness;
using static MailMig.Fidelity.Generator.Faults.FaultIds;

namespace MailMig.Fidelity.Generator.Generation;

/// <summary>Turns an event's content into one mailbox's copy: folder, read state, Bcc only for the sender, and the copy-scope faults.</summary>
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
        var faults = CopyFaults(user.Index, index, key, isLastInStore, _lastReadByFolder.ContainsKey(copy.Folder));
        var read = copy.IsSenderCopy || random.Double() < 0.7;
        var marks = content.Marks.Where(m => !m.SenderCopyOnly || copy.IsSenderCopy).ToList();
        if (faults.Contains(ReadStatus))
        {
            read = !_lastReadByFolder[copy.Folder];
            marks.Add(new FaultMark(FaultCatalog.Get(ReadStatus), read ? "read" : "unread", LineKeywords.Status));
        }

        _lastReadByFolder[copy.Folder] = read;
        var message = new CcMessage
        {
            From = content.From, To = content.To, Cc = content.Cc, Bcc = copy.IsSenderCopy ? content.Bcc : [],
            ReturnReceiptTo = content.ReturnReceiptTo, DateText = content.DateText, Date = content.Date, Subject = content.Subject,
            Folder = user.Folders[copy.Folder], Priority = content.Priority, IsRead = read, Items = content.Items,
        };

        var style = ExportBlockStyle.Default;
        FileItem? unreadable = null;
        foreach (var fault in faults.Faults)
        {
            switch (fault.Id)
            {
                case SizeSpaces:
                    style = style with { SizeField = SizeFieldStyle.Spaces };
                    marks.Add(new FaultMark(fault, null, LineKeywords.Block));
                    break;
                case SizeWrong:
                    style = style with { SizeField = SizeFieldStyle.Wrong, WrongSize = random.Int(1, 9_999_999) };
                    marks.Add(new FaultMark(fault, null, LineKeywords.Block));
                    break;
                case UnexpectedToken:
                    marks.Add(new FaultMark(fault, null, LineKeywords.Block));
                    break;
                case UnknownKeyword:
                    message.ExtraHeaders = [new CcHeader(LineKeywords.Sensitivity, "Private")];
                    marks.Add(new FaultMark(fault, null, LineKeywords.Sensitivity));
                    break;
                case ContentsCountWrong:
                    var count = message.Items.Count;
                    style = style with { ContentsCountOverride = count > 1 && random.Bool() ? count - 1 : count + 1 };
                    marks.Add(new FaultMark(fault, null, LineKeywords.Contents));
                    break;
                case HexAttachment:
                    if (!message.Items.OfType<FileItem>().Any())
                    {
                        message.Items = WithFile(message.Items, AttachmentFactory.Dated("SCAN.TIF", AttachmentFactory.BinaryData(random, [0x49, 0x49, 0x2A, 0x00], 300), content.ExpectedLocal, random));
                    }

                    style = style with { HexFiles = true };
                    marks.Add(new FaultMark(fault, null, LineKeywords.FileItem));
                    break;
                case AttachmentUnreadable:
                    unreadable = AttachmentFactory.Dated("DAMAGED.DOC", AttachmentFactory.BinaryData(random, [0xD0, 0xCF, 0x11, 0xE0], 256), content.ExpectedLocal, random);
                    message.Items = WithFile(message.Items, unreadable);
                    style = style with { HexFiles = true };
                    marks.Add(new FaultMark(fault, null, LineKeywords.FileItem, message.Items.OfType<FileItem>().Count() - 1));
                    break;
                case ReadStatus:
                    break;
            }
        }

        if (_plan.MailboxFaults[user.Index].Contains(LfOnlyLines))
        {
            marks.Add(new FaultMark(FaultCatalog.Get(LfOnlyLines), null, LineKeywords.Block));
        }

        return new CopyBuild(message, style, marks, faults.Contains(UnexpectedToken), unreadable,
            faults.Faults.Where(f => f.Where == FaultWhere.Db8).ToArray());
    }

    /// <summary>The bytes that make hex data unreadable: characters that are not hex digits.</summary>
    public static byte[] NonHex { get; } = Encoding.ASCII.GetBytes("ZZ");

    private FaultSet CopyFaults(int user, int index, long key, bool isLastInStore, bool hasEarlierInFolder)
    {
        var faults = _plan.CopyFaults(user, index);
        foreach (var fault in _copyScoped)
        {
            if (_settings.FaultRate > 0 && !faults.Contains(fault) && !faults.ConflictsWith(fault)
                && (fault.Id != Db8Truncated || isLastInStore)
                && SeedMixer.Unit(_settings.Seed, SeedStream.Copy, key, fault.Bit) < _settings.FaultRate)
            {
                faults = faults.With(fault);
            }
        }

        // Read state needs an earlier message in the same folder to differ from.
        return hasEarlierInFolder || !faults.Contains(ReadStatus) ? faults : new FaultSet(faults.Bits & ~(1UL << FaultCatalog.Get(ReadStatus).Bit));
    }

    private static List<CcItem> WithFile(List<CcItem> items, FileItem file)
    {
        var copy = new List<CcItem>(items);
        var at = copy.FindIndex(i => i is MessageItem);
        copy.Insert(at < 0 ? copy.Count : at, file);
        return copy;
    }
}
