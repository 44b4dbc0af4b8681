namespace MailMig.Fidelity.CcMail.Model;

/// <summary>The directory entry type codes of cc:Mail's directory export (case-sensitive).</summary>
public static class DirectoryEntryTypes
{
    /// <summary>A directly connected post office (or gateway).</summary>
    public const char DirectPostOffice = 'P';

    /// <summary>An indirectly connected post office.</summary>
    public const char IndirectPostOffice = 'p';

    /// <summary>A local user of this post office.</summary>
    public const char LocalUser = 'L';

    /// <summary>A remote local user.</summary>
    public const char RemoteLocalUser = 'l';

    /// <summary>A local mobile user.</summary>
    public const char LocalMobileUser = 'R';

    /// <summary>A remote mobile user.</summary>
    public const char RemoteMobileUser = 'r';

    /// <summary>An alias.</summary>
    public const char Alias = 'A';

    /// <summary>An alias of a remote entry.</summary>
    public const char RemoteAlias = 'a';

    /// <summary>Every known code, in the order the reference lists them.</summary>
    public const string All = "PpLlRrAa";

    /// <summary>Whether <paramref name="code"/> is a known type code.</summary>
    public static bool IsKnown(char code) => All.Contains(code);
}
