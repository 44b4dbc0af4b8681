namespace MailMig.Fidelity.Comparer.Projection;

/// <summary>The field names a projection uses, and helpers for nested field paths (<c>forwarded[1].subject</c>).</summary>
public static class ProjectionFields
{
    /// <summary>Lines that say why a message is malformed (<c>! malformed: …</c>).</summary>
    public const string Malformed = "malformed";

    /// <summary>The <c>Message-ID</c>.</summary>
    public const string MessageId = "message-id";

    /// <summary>The MIME tree.</summary>
    public const string Structure = "structure";

    /// <summary>The <c>X-MailMig-Source</c> location.</summary>
    public const string Source = "source";

    /// <summary>The body text lines.</summary>
    public const string Body = "body";

    /// <summary>The further Text items.</summary>
    public const string TextParts = "text-parts";

    /// <summary>The attachments.</summary>
    public const string Attachments = "attachments";

    /// <summary>The forwarded messages.</summary>
    public const string Forwarded = "forwarded";

    /// <summary>Returns the last segment of a field path (<c>forwarded[1].subject</c> gives <c>subject</c>).</summary>
    public static string Leaf(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var dot = field.LastIndexOf('.');
        return dot < 0 ? field : field[(dot + 1)..];
    }

    /// <summary>Whether the field holds message text (body or further Text items), which scrubbers leave alone and redaction hides.</summary>
    public static bool IsText(string field)
    {
        var leaf = Leaf(field);
        return leaf is Body or TextParts;
    }
}
