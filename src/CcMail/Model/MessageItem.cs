namespace MailMig.Fidelity.CcMail.Model;

/// <summary>A forwarded message carried as an item of another.</summary>
public sealed class MessageItem : CcItem
{
    /// <summary>The forwarded message.</summary>
    public CcMessage Message { get; set; } = new();
}
