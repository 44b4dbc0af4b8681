namespace MailMig.Fidelity.CcMail.Model;

/// <summary>A text item; the first one of a message is its body.</summary>
public sealed class TextItem : CcItem
{
    /// <summary>The decoded text, with CR LF line ends.</summary>
    public string Text { get; set; } = "";
}
