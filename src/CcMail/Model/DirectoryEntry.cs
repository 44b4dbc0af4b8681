namespace MailMig.Fidelity.CcMail.Model;

/// <summary>One entry of the post office directory, as <c>/DIRECTORY/PROP</c> exports it.</summary>
public sealed class DirectoryEntry
{
    /// <summary>The entry's name, e.g. <c>Smith, Grover</c> or <c>ATTMAIL</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>The case-sensitive type code: P/p post office, L/l/R/r users, A/a alias (see <see cref="DirectoryEntryTypes"/>).</summary>
    public char TypeCode { get; set; } = DirectoryEntryTypes.LocalUser;

    /// <summary>The <c>Addr:</c> field: a user's post office or a post office's routing address.</summary>
    public string Address { get; set; } = "";

    /// <summary>The free-text comment, or null.</summary>
    public string? Comment { get; set; }
}
