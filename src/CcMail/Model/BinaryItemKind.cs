namespace MailMig.Fidelity.CcMail.Model;

/// <summary>The kinds of non-text, non-file items cc:Mail messages carry.</summary>
public enum BinaryItemKind
{
    /// <summary>A <c>Fax item:</c>.</summary>
    Fax,

    /// <summary>A <c>Graphics item:</c>.</summary>
    Graphics,

    /// <summary>A <c>Sound item:</c>.</summary>
    Sound,
}
