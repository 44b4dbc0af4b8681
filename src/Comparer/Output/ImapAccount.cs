using MailKit.Net.Imap;
using MailKit.Security;

namespace MailMig.Fidelity.Comparer.Output;

/*
 * The Comparer's own reading of a server URL (imap://user:password@host:port/, imaps:// for TLS), a twin of
 * the Migrator's ImapEndpoint written from docs/formats/imap.md: the oracle shares no code with the writer.
 * The password stays here; Shown, ToString and every message name the server without it.
 */

/// <summary>An IMAP server and the account whose mailboxes are read back.</summary>
public sealed class ImapAccount
{
    private readonly string _password;

    private ImapAccount(bool tls, string host, int port, string user, string password)
    {
        Tls = tls;
        Host = host;
        Port = port;
        User = user;
        _password = password;
    }

    /// <summary>Whether TLS is used from the first byte (<c>imaps://</c>).</summary>
    public bool Tls { get; }

    /// <summary>The server's host.</summary>
    public string Host { get; }

    /// <summary>The server's port.</summary>
    public int Port { get; }

    /// <summary>The account's user name.</summary>
    public string User { get; }

    /// <summary>The URL without the password.</summary>
    public string Shown => $"{(Tls ? "imaps" : "imap")}://{Uri.EscapeDataString(User)}@{Host}:{Port}/";

    /// <summary>Whether <paramref name="value"/> is a server URL rather than a folder.</summary>
    public static bool IsUrl(string? value) =>
        value is not null && (value.StartsWith("imap://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("imaps://", StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses <paramref name="url"/>; throws <see cref="FormatException"/> without repeating it.</summary>
    public static ImapAccount Parse(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("imap" or "imaps") || uri.Host.Length == 0)
        {
            throw new FormatException("not an IMAP server URL: expected imap://user:password@host:port/ (or imaps://)");
        }

        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length == 0 || user.Length < 2)
        {
            throw new FormatException($"the server URL {uri.Scheme}://{uri.Host}/ names no user and password");
        }

        var tls = uri.Scheme == "imaps";
        return new ImapAccount(tls, uri.IdnHost, uri.Port > 0 ? uri.Port : tls ? 993 : 143, Uri.UnescapeDataString(user[0]), Uri.UnescapeDataString(user[1]));
    }

    /// <summary>Connects and logs in.</summary>
    public ImapClient Connect(CancellationToken cancellationToken = default)
    {
        var client = new ImapClient();
        try
        {
            client.Connect(Host, Port, Tls ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
            client.Authenticate(User, _password, cancellationToken);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Shown;
}
