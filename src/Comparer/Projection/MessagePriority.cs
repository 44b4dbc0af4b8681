namespace MailMig.Fidelity.Comparer.Projection;

/// <summary>The priority a migrated message carries, read from <c>Importance</c> and <c>X-Priority</c>.</summary>
public enum MessagePriority
{
    /// <summary>Low (cc:Mail Low; <c>Importance: low</c>, <c>X-Priority: 5</c>).</summary>
    Low,

    /// <summary>Normal (the default when neither header is written).</summary>
    Normal,

    /// <summary>High (cc:Mail Urgent; <c>Importance: high</c>, <c>X-Priority: 1</c>).</summary>
    High,
}
