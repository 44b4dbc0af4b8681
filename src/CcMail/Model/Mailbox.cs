namespace MailMig.Fidelity.CcMail.Model;

/// <summary>One user's mailbox: its folders and its messages in source order.</summary>
public sealed class Mailbox
{
    /// <summary>The owner's name as the directory writes it, e.g. <c>Smith, Grover</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>Every folder of the mailbox (system folders included, empty ones too), as <c>\</c>-joined paths in store order.</summary>
    public List<string> Folders { get; set; } = [];

    /// <summary>The messages in source order; a message's 1-based position here is its source index.</summary>
    public List<CcMessage> Messages { get; set; } = [];
}
