using MailKit.Net.Imap;
using MailKit.Security;

namespace MailMig.Fidelity.Migrator.Output;

/*
 * The server a migration writes into, from `--target imap://user:password@host:port/` (imaps:// for TLS
 * from the first byte; imap:// upgrades with STARTTLS when the server offers it). The password lives only
 * here: ToString, Shown and every message this type makes name the server without it.
 */

/// <summary>An IMAP server and the account to log in with.</summary>
public sealed class ImapEndpoint
{
    private ImapEndpoint(string scheme, string host, int port, string user, string password)
    {
        Scheme = scheme;
        Host = host;
        Port = port;
        User = user;
        Password = password;
    }

    /// <summary><c>imap</c> or <c>imaps</c>.</summary>
    public string Scheme { get; }

    /// <summary>The server's host name or address.</summary>
    public string Host { get; }

    /// <summary>The server's port.</summary>
    public int Port { get; }

    /// <summary>The account's user name.</summary>
    public string User { get; }

    /// <summary>The account's password (never shown).</summary>
    public string Password { get; }

    /// <summary>The URL without the password, for people: <c>imap://user@host:port/</c>.</summary>
    public string Shown => $"{Scheme}://{Uri.EscapeDataString(User)}@{(Host.Contains(':', StringComparison.Ordinal) ? "[" + Host + "]" : Host)}:{Port}/";

    /// <summary>Whether <paramref name="value"/> is meant as a server URL (<c>imap://</c> or <c>imaps://</c>).</summary>
    public static bool IsServerUrl(string? value) =>
        value is not null && (value.StartsWith("imap://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("imaps://", StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses <paramref name="url"/>; throws <see cref="FormatException"/> saying what is wrong without repeating the URL.</summary>
    public static ImapEndpoint Parse(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("imap" or "imaps") || uri.Host.Length == 0)
        {
            throw new FormatException("not an IMAP server URL: expected imap://user:password@host:port/ (or imaps://)");
        }

        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length == 0 || userInfo.Length < 2)
        {
            throw new FormatException($"the server URL {uri.Scheme}://{uri.Host}/ names no user and password: expected {uri.Scheme}://user:password@host:port/");
        }

        var port = uri.Port > 0 ? uri.Port : uri.Scheme == "imaps" ? 993 : 143;
        return new ImapEndpoint(uri.Scheme, uri.IdnHost, port, Uri.UnescapeDataString(userInfo[0]), Uri.UnescapeDataString(userInfo[1]));
    }

    /// <summary>Connects and logs in; throws MailKit's or the socket's exception when the server cannot be reached or refuses the login.</summary>
    public ImapClient Connect(CancellationToken cancellationToken = default)
    {
        var client = new ImapClient();
        try
        {
            client.Connect(Host, Port, Scheme == "imaps" ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
            client.Authenticate(User, Password, cancellationToken);
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
