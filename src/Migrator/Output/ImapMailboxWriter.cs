using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailMig.Fidelity.Migrator.Conversion;
using MimeKit;
using MimeKit.Utils;

namespace MailMig.Fidelity.Migrator.Output;

/*
 * One mailbox into an IMAP server over its own connection: a folder for the mailbox, its cc:Mail folders
 * below it (the server's hierarchy separator, the output layout's segments), every message appended with
 * \Seen for read ones and its date as the internal date. Resuming: a folder that existed before is read
 * once for the Message-IDs it holds (ours are stable: the same post office, mailbox and index give the same
 * id), and only messages not among them are appended, so a rerun adds no duplicate and leaves the UIDs of
 * what is there alone. A message the server refuses, or that cannot be sent because the connection broke,
 * is a TargetRefusedException (skipped as target-refused); the next message reconnects.
 */

/// <summary>Appends one mailbox's messages to an IMAP server.</summary>
public sealed class ImapMailboxWriter : MailboxWriter
{
    private readonly ImapEndpoint _endpoint;
    private readonly Dictionary<string, ServerFolder> _folders = new(StringComparer.Ordinal);
    private ImapClient? _client;
    private FolderNamespace? _namespace;

    /// <summary>Creates the writer of mailbox <paramref name="mailboxName"/> into the folder named by the layout segment <paramref name="segment"/>; connects on first use.</summary>
    public ImapMailboxWriter(ImapEndpoint endpoint, string segment, string mailboxName)
        : base(segment, mailboxName)
    {
        _endpoint = endpoint;
    }

    /// <inheritdoc/>
    public override PreparedMessage Prepare(ConversionResult result, int index, IReadOnlyList<string> folderSegments)
    {
        var bytes = EmlMailboxWriter.Serialize(result.Message, EmlMailboxWriter.Format);
        var parsed = MimeMessage.Load(new MemoryStream(bytes, writable: false));
        return new ImapPreparedMessage(index, folderSegments, bytes, parsed, result.Source.IsRead, result.Message.Date, result.Message.MessageId ?? "");
    }

    /// <inheritdoc/>
    public override void AddFolder(IReadOnlyList<string> folderSegments)
    {
        try
        {
            Folder(folderSegments);
        }
        catch (TargetRefusedException)
        {
            // An empty folder that could not be made is made, or reported, with its first message.
        }
    }

    /// <inheritdoc/>
    public override void Commit(PreparedMessage message)
    {
        var prepared = (ImapPreparedMessage)message;
        using (prepared.Message)
        {
            var folder = Folder(prepared.FolderSegments);
            if (prepared.MessageId.Length > 0 && folder.Present.Contains(prepared.MessageId))
            {
                return;
            }

            var request = new AppendRequest(prepared.Message, prepared.Read ? MessageFlags.Seen : MessageFlags.None) { InternalDate = prepared.Date };
            Talk(() => folder.Folder.Append(EmlMailboxWriter.Format, request), $"append message {prepared.Index} to '{folder.Folder.FullName}'");
            folder.Present.Add(prepared.MessageId);
        }
    }

    /// <inheritdoc/>
    public override void Complete()
    {
        // Every append was acknowledged by the server before the next began: nothing is pending.
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing && _client is not null)
        {
            try
            {
                if (_client.IsConnected)
                {
                    _client.Disconnect(true);
                }
            }
            catch (Exception ex) when (IsConnectionProblem(ex))
            {
                // Leaving: a connection that broke on the way out loses nothing.
            }

            _client.Dispose();
        }
    }

    private ServerFolder Folder(IReadOnlyList<string> segments)
    {
        var key = string.Join('\0', segments);
        if (_folders.TryGetValue(key, out var known))
        {
            return known;
        }

        var client = Client();
        var separator = _namespace!.DirectorySeparator;
        var names = new[] { ImapFolderNames.FromSegment(Directory, separator, topLevel: true) }
            .Concat(segments.Select(s => ImapFolderNames.FromSegment(s, separator, topLevel: false))).ToList();
        var folder = Talk(() => client.GetFolder(_namespace), "open the personal namespace");
        var created = false;
        var path = _namespace.Path.TrimEnd(separator);
        foreach (var name in names)
        {
            path = path.Length == 0 ? name : path + separator + name;
            var parent = folder;
            var fullName = path;
            (folder, var made) = Talk(() => OpenOrCreate(client, parent, fullName, name), $"create the folder '{fullName}'");
            created |= made;
        }

        var present = created ? new HashSet<string>(StringComparer.Ordinal) : Talk(() => MessageIds(folder), $"list the messages of '{path}'");
        var opened = new ServerFolder(folder, present);
        _folders.Add(key, opened);
        return opened;
    }

    private static (IMailFolder Folder, bool Created) OpenOrCreate(ImapClient client, IMailFolder parent, string fullName, string name)
    {
        try
        {
            return (client.GetFolder(fullName) ?? throw new FolderNotFoundException(fullName), false);
        }
        catch (FolderNotFoundException)
        {
            return (parent.Create(name, isMessageFolder: true) ?? throw new FolderNotFoundException(fullName), true);
        }
    }

    // The Message-IDs a folder already holds, read once (only the one header of each message).
    private static HashSet<string> MessageIds(IMailFolder folder)
    {
        folder.Open(FolderAccess.ReadOnly);
        try
        {
            var request = new FetchRequest(MessageSummaryItems.UniqueId) { Headers = new HeaderSet([HeaderId.MessageId]) };
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var summary in folder.Fetch(0, -1, request))
            {
                if (summary.Headers?[HeaderId.MessageId] is { } value && MimeUtils.EnumerateReferences(value).FirstOrDefault() is { } id)
                {
                    ids.Add(id);
                }
            }

            return ids;
        }
        finally
        {
            folder.Close();
        }
    }

    private ImapClient Client()
    {
        if (_client is { IsConnected: true, IsAuthenticated: true })
        {
            return _client;
        }

        _client?.Dispose();
        _client = null;
        _folders.Clear();
        var client = Talk(() => _endpoint.Connect(), $"log in to {_endpoint.Shown}");
        _namespace = client.PersonalNamespaces.Count > 0 ? client.PersonalNamespaces[0] : new FolderNamespace('/', "");
        _client = client;
        return client;
    }

    private T Talk<T>(Func<T> action, string what)
    {
        try
        {
            return action();
        }
        catch (ImapCommandException ex)
        {
            throw new TargetRefusedException($"the server refused to {what}: {ex.Response} {ex.ResponseText}".TrimEnd(), ex);
        }
        catch (Exception ex) when (IsConnectionProblem(ex))
        {
            _client?.Dispose();
            _client = null;
            _folders.Clear();
            throw new TargetRefusedException($"could not {what} on {_endpoint.Shown}: {ex.GetType().Name}: {ex.Message}", ex);
        }
    }

    private void Talk(Action action, string what) => Talk(() => { action(); return 0; }, what);

    private static bool IsConnectionProblem(Exception ex) =>
        ex is IOException or SocketException or ImapProtocolException or ServiceNotConnectedException or ServiceNotAuthenticatedException
            or MailKit.Security.AuthenticationException or MailKit.Security.SslHandshakeException;

    private sealed record ServerFolder(IMailFolder Folder, HashSet<string> Present);
}
