namespace MailMig.Fidelity.Cli.Shrinking;

/// <summary>How an item's data was written, which says how its size counts the data's bytes.</summary>
public enum ItemDataKind
{
    /// <summary>Raw bytes: the size is the byte count.</summary>
    Raw,

    /// <summary>A Text item in a file converted to LF line ends: the size still counts each LF as CR LF.</summary>
    LfText,

    /// <summary>/FILES/HEX: two hex digits per byte, the size counts bytes.</summary>
    Hex,
}
