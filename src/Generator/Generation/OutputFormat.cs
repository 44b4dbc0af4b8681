namespace MailMig.Fidelity.Generator.Generation;

/// <summary>The byte formats a post office can be generated in.</summary>
public enum OutputFormat
{
    /// <summary>The DB8 post office directory (<c>&lt;out&gt;/po/</c>).</summary>
    Db8,

    /// <summary>One export text file per mailbox (<c>&lt;out&gt;/export/</c>).</summary>
    Export,
}
