using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.Generator.Output;

/// <summary>Writes the DB8 post office through <see cref="Db8Writer"/> and collects the byte patches DB8 faults plan at the written offsets.</summary>
/// <remarks>
/// Each DB8 fault type computes its offsets (docs/formats/db8.md, "Fault catalog") and adds its patches
/// to <see cref="Patches"/>. Patches are applied once the store is complete, so the writer never sees
/// damaged bytes.
/// </remarks>
public sealed class Db8Output : IDisposable
{
    private readonly Db8Writer _writer;

    /// <summary>Creates the post office <paramref name="name"/> in <c>po/</c> under <paramref name="root"/>.</summary>
    public Db8Output(string root, string name, int codePage, string timeZoneId, IEnumerable<DirectoryEntry> directory)
    {
        var folder = Path.Combine(root, OutputLayout.PostOfficeFolder);
        Directory.CreateDirectory(folder);
        _writer = new Db8Writer(folder, name, codePage, timeZoneId);
        foreach (var entry in directory)
        {
            _writer.WriteDirectoryEntry(entry);
        }
    }

    /// <summary>The patches the DB8 faults need, applied after <see cref="Complete"/>.</summary>
    public List<BytePatch> Patches { get; } = [];

    /// <summary>Starts a mailbox.</summary>
    public void BeginMailbox(string name, IReadOnlyList<string> folders) => _writer.BeginMailbox(name, folders);

    /// <summary>Writes a message and returns where it landed.</summary>
    public Db8WrittenRecord Write(CcMessage message) => _writer.WriteMessage(message);

    /// <summary>Finishes the mailbox.</summary>
    public void EndMailbox() => _writer.EndMailbox();

    /// <summary>Where the mailbox record the next <see cref="EndMailbox"/> writes will start in the mailbox list.</summary>
    public long NextMailboxRecordOffset => _writer.NextMailboxRecordOffset;

    /// <summary>Writes the index and closes the files.</summary>
    public void Complete() => _writer.Complete();

    /// <summary>The file (relative to the output folder) of a store file the writer named relative to the post office.</summary>
    public static string Relative(string file) => $"{OutputLayout.PostOfficeFolder}/{file.Replace('\\', '/')}";

    /// <inheritdoc/>
    public void Dispose() => _writer.Dispose();
}
