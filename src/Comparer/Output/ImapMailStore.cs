using System.Globalization;
using MailKit;
using MailKit.Net.Imap;
using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Comparer.Output;

/*
 * Migrated output that lives in a mail server (docs/formats/imap.md): every folder of the account's personal
 * namespace is read like a directory of the eml layout. A folder's name, split at the server's hierarchy
 * separator, gives path segments decoded as the output layout's (the first is the mailbox); its messages are
 * fetched in chunks (BODY.PEEK[], so nothing is marked read), each parsed as an .eml file would be, with the
 * read state taken from the \Seen flag, which is what the user sees. Memory holds one chunk at a time.
 */

/// <summary>Reads the mailboxes of an IMAP account back as migrated messages, one top-level folder (a mailbox) at a time.</summary>
public sealed class ImapMailStore : IDisposable
{
    private const int ChunkMessages = 200;
    private const long ChunkBytes = 16 * 1024 * 1024;
    private readonly ImapClient _client;
    private readonly ILookup<string, (IMailFolder Folder, string[] Segments)> _groups;

    private ImapMailStore(ImapAccount account, ImapClient client)
    {
        Account = account;
        _client = client;
        var space = client.PersonalNamespaces.Count > 0 ? client.PersonalNamespaces[0] : new FolderNamespace('/', "");
        var prefix = space.Path.TrimEnd(space.DirectorySeparator);
        _groups = client.GetFolders(space, StatusItems.None, subscribedOnly: false)
            .Where(f => (f.Attributes & FolderAttributes.NonExistent) == 0)
            .Select(f => (Folder: f, Segments: Segments(f, prefix)))
            .Where(f => f.Segments.Length > 0)
            .ToLookup(f => f.Segments[0], StringComparer.Ordinal);
    }

    /// <summary>The account read.</summary>
    public ImapAccount Account { get; }

    /// <summary>Connects to <paramref name="account"/> and lists its folders; throws MailKit's or the socket's exception when it cannot.</summary>
    public static ImapMailStore Open(ImapAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        var client = account.Connect(cancellationToken);
        try
        {
            return new ImapMailStore(account, client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>The first segments of every folder's name (the mailboxes), in ordinal order.</summary>
    public IReadOnlyList<string> TopLevelNames() => _groups.Select(g => g.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>Every message under the top-level folder <paramref name="topLevel"/>, folder by folder in ordinal order, by UID within one.</summary>
    public IEnumerable<MigratedMessage> Read(string topLevel)
    {
        foreach (var (folder, segments) in _groups[topLevel].OrderBy(f => string.Join('/', f.Segments), StringComparer.Ordinal))
        {
            if ((folder.Attributes & FolderAttributes.NoSelect) != 0)
            {
                continue;
            }

            foreach (var message in ReadFolder((ImapFolder)folder, segments))
            {
                yield return message;
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            if (_client.IsConnected)
            {
                _client.Disconnect(true);
            }
        }
        catch (Exception e) when (e is IOException or ImapProtocolException)
        {
            // Leaving: nothing is lost when the goodbye fails.
        }

        _client.Dispose();
    }

    private static IEnumerable<MigratedMessage> ReadFolder(ImapFolder folder, string[] segments)
    {
        folder.Open(FolderAccess.ReadOnly);
        try
        {
            var summaries = folder.Fetch(0, -1, new FetchRequest(MessageSummaryItems.UniqueId | MessageSummaryItems.Flags | MessageSummaryItems.Size));
            foreach (var chunk in Chunks(summaries))
            {
                foreach (var message in ReadChunk(folder, segments, chunk))
                {
                    yield return message;
                }
            }
        }
        finally
        {
            folder.Close();
        }
    }

    private static List<MigratedMessage> ReadChunk(ImapFolder folder, string[] segments, IList<IMessageSummary> chunk)
    {
        var seen = chunk.ToDictionary(s => s.UniqueId, s => s.Flags?.HasFlag(MessageFlags.Seen) ?? false);
        var read = new Dictionary<UniqueId, MigratedMessage>();
        folder.GetStreams([.. seen.Keys], (_, _, uid, stream) =>
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var message = MimeMessageReader.Read(copy.ToArray());
            read[uid] = message with { Read = seen[uid], Location = Locate(segments, uid, message.SourceIndex) };
        });
        return [.. seen.Keys.Where(read.ContainsKey).Select(uid => read[uid])];
    }

    private static IEnumerable<IList<IMessageSummary>> Chunks(IList<IMessageSummary> summaries)
    {
        var chunk = new List<IMessageSummary>();
        long bytes = 0;
        foreach (var summary in summaries.OrderBy(s => s.UniqueId.Id))
        {
            chunk.Add(summary);
            bytes += summary.Size ?? 0;
            if (chunk.Count >= ChunkMessages || bytes >= ChunkBytes)
            {
                yield return chunk;
                chunk = [];
                bytes = 0;
            }
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    // Like an eml file's path: <mailbox>/<folder…>/<index>, named by X-MailMig-Source-Index (or the UID when it has none).
    private static MessageLocation Locate(string[] segments, UniqueId uid, int? index)
    {
        var path = string.Join('/', segments);
        var uidText = "uid-" + uid.Id.ToString(CultureInfo.InvariantCulture);
        var leaf = index is { } i ? i.ToString("D6", CultureInfo.InvariantCulture) : uidText;
        var folders = segments.Skip(1).Select(PathSegments.Decode);
        return new MessageLocation(path + "/" + uidText, null, PathSegments.Decode(segments[0]), string.Join('\\', folders), path + "/" + leaf);
    }

    private static string[] Segments(IMailFolder folder, string prefix)
    {
        var name = folder.FullName;
        if (prefix.Length > 0 && name.StartsWith(prefix + folder.DirectorySeparator, StringComparison.Ordinal))
        {
            name = name[(prefix.Length + 1)..];
        }

        return folder.DirectorySeparator == '\0' ? [name] : name.Split(folder.DirectorySeparator);
    }
}
