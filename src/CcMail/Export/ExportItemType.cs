namespace MailMig.Fidelity.CcMail.Export;

/// <summary>The item types an item line can name.</summary>
internal enum ExportItemType
{
    /// <summary>Not an item line.</summary>
    None,

    /// <summary><c>Text item:</c>.</summary>
    Text,

    /// <summary><c>File item:</c>.</summary>
    File,

    /// <summary><c>Message item:</c>.</summary>
    Message,

    /// <summary><c>Fax item:</c>.</summary>
    Fax,

    /// <summary><c>Graphics item:</c>.</summary>
    Graphics,

    /// <summary><c>Sound item:</c>.</summary>
    Sound,

    /// <summary>Some other <c>... item:</c>.</summary>
    Unknown,
}
