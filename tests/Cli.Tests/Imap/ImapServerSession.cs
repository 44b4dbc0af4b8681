using MailKit;
using MailKit.Net.Imap;

namespace MailMig.Fidelity.Cli.Tests.Imap;

/// <summary>A test's own look at a server: folders, messages, flags and UIDs, read with MailKit.</summary>
public sealed class ImapServerSession : IDisposable
{
    private readonly ImapClient _client = new();

    /// <summary>Connects and logs in to <paramref name="url"/> (<c>imap://user:password@host:port/</c>).</summary>
    public ImapServerSession(string url)
    {
        var uri = new Uri(url);
        var user = uri.UserInfo.Split(':', 2);
        _client.Connect(uri.Host, uri.Port, MailKit.Security.SecureSocketOptions.None);
        _client.Authenticate(Uri.UnescapeDataString(user[0]), Uri.UnescapeDataString(user[1]));
    }

    /// <summary>Every folder's full name, <c>/</c>-separated, INBOX left out.</summary>
    public IReadOnlyList<string> FolderNames() =>
        _client.GetFolders(_client.PersonalNamespaces[0]).Where(f => !f.FullName.Equals("INBOX", StringComparison.OrdinalIgnoreCase))
            .Select(f => f.FullName.Replace(f.DirectorySeparator, '/')).Order(StringComparer.Ordinal).ToList();

    /// <summary>Every message of <paramref name="folder"/>: UID, Message-ID, X-MailMig-Source-Index and whether \Seen is set.</summary>
    public IReadOnlyList<(uint Uid, string MessageId, int Index, bool Seen)> Messages(string folder)
    {
        var opened = _client.GetFolder(folder);
        opened.Open(FolderAccess.ReadOnly);
        try
        {
            var request = new FetchRequest(MessageSummaryItems.UniqueId | MessageSummaryItems.Flags) { Headers = new HeaderSet([MimeKit.HeaderId.MessageId]) };
            request.Headers.Add("X-MailMig-Source-Index");
            return opened.Fetch(0, -1, request)
                .Select(s => (s.UniqueId.Id, s.Headers?[MimeKit.HeaderId.MessageId] ?? "", int.Parse(s.Headers?["X-MailMig-Source-Index"] ?? "0", System.Globalization.CultureInfo.InvariantCulture), s.Flags!.Value.HasFlag(MessageFlags.Seen)))
                .ToList();
        }
        finally
        {
            opened.Close();
        }
    }

    /// <summary>Deletes (expunges) the message with <paramref name="uid"/> from <paramref name="folder"/>.</summary>
    public void Delete(string folder, uint uid)
    {
        var opened = _client.GetFolder(folder);
        opened.Open(FolderAccess.ReadWrite);
        opened.AddFlags(new UniqueId(uid), MessageFlags.Deleted, silent: true);
        opened.Expunge();
        opened.Close();
    }

    /// <summary>Appends <paramref name="raw"/> to <paramref name="folder"/>.</summary>
    public void Append(string folder, string raw)
    {
        var opened = _client.GetFolder(folder);
        opened.Append(MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw))));
    }

    /// <summary>Whether <paramref name="folder"/> has a message whose internal date is not its Date header.</summary>
    public int InternalDatesDifferingFromDate(string folder)
    {
        var opened = _client.GetFolder(folder);
        opened.Open(FolderAccess.ReadOnly);
        var summaries = opened.Fetch(0, -1, new FetchRequest(MessageSummaryItems.InternalDate | MessageSummaryItems.Envelope));
        opened.Close();
        return summaries.Count(s => s.Envelope?.Date is not { } date || s.InternalDate!.Value.UtcDateTime != date.UtcDateTime);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _client.Disconnect(true);
        _client.Dispose();
    }
}
