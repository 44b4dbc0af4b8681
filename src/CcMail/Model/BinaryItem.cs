namespace MailMig.Fidelity.CcMail.Model;

/// <summary>A fax, graphics or sound item, kept as an attachment.</summary>
public sealed class BinaryItem : CcItem
{
    /// <summary>Which kind of binary item this is.</summary>
    public BinaryItemKind Kind { get; set; }

    /// <summary>The optional name written after the size, or null.</summary>
    public string? Name { get; set; }

    /// <summary>The item's bytes.</summary>
    public byte[] Data { get; set; } = [];
}
