namespace MailMig.Fidelity.Generator.Faults;

/// <summary>The keywords of export lines a fault is located by (docs/formats/export.md).</summary>
public static class LineKeywords
{
#pragma warning disable CS1591 // each constant is the keyword of the line it names
    public const string Block = "";
    public const string From = "From";
    public const string To = "To";
    public const string Cc = "Cc";
    public const string Bcc = "Bcc";
    public const string Rrt = "RRT";
    public const string Date = "Date";
    public const string Subject = "Subject";
    public const string Status = "Status";
    public const string Contents = "Contents";
    public const string TextItem = "Text item";
    public const string FileItem = "File item";
    public const string MessageItem = "Message item";
    public const string Sensitivity = "Sensitivity";
#pragma warning restore CS1591
}
