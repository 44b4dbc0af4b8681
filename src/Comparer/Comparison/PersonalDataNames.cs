namespace MailMig.Fidelity.Comparer.Comparison;

/// <summary>The reserved names of the personal-data output (docs/formats/output.md, "Bulletin boards, contacts and groups").</summary>
public static class PersonalDataNames
{
    /// <summary>The top-level segment bulletin boards go under as public folders; no encoded name can be it.</summary>
    public const string PublicSegment = "%public";

    /// <summary>The vCard file of an owner's contacts and groups, inside the owner's mailbox folder.</summary>
    public const string ContactsFile = "%contacts.vcf";

    /// <summary>The header naming a public-folder message's bulletin board.</summary>
    public const string BoardHeader = "X-MailMig-Bulletin-Board";

    /// <summary>The name the differences of board <paramref name="board"/> are filed under.</summary>
    public static string BoardKey(string board) => "bulletin board " + board;
}
