namespace MailMig.Fidelity.CcMail.Model;

/// <summary>A file attachment with its name and the date written after it.</summary>
public sealed class FileItem : CcItem
{
    /// <summary>The file name exactly as written, spaces included.</summary>
    public string Name { get; set; } = "";

    /// <summary>The date and time written after the name, as written (e.g. <c>11/14/98 9:12 AM</c>), or null.</summary>
    public string? DateText { get; set; }

    /// <summary>The date as parsed (post office local time), or null.</summary>
    public DateTime? Date { get; set; }

    /// <summary>The file's bytes.</summary>
    public byte[] Data { get; set; } = [];
}
