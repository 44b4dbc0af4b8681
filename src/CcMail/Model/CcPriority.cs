namespace MailMig.Fidelity.CcMail.Model;

/// <summary>A cc:Mail message priority.</summary>
public enum CcPriority
{
    /// <summary>Low priority.</summary>
    Low,

    /// <summary>Normal priority.</summary>
    Normal,

    /// <summary>Urgent priority.</summary>
    Urgent,
}
