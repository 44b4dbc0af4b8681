namespace MailMig.Fidelity.Comparer.Tests.Support;

/// <summary>A test attachment: name, bytes, the item's local date and the content type the output gives it.</summary>
internal sealed record TestAttachment(string Name, byte[] Bytes, string? Date = "1998-11-14T09:12:00", string ContentType = "application/octet-stream");
