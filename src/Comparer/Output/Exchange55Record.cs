namespace MailMig.Fidelity.Comparer.Output;

/// <summary>One record of an Exchange 5.5 <c>.SEC</c> file: its header fields and its data bytes.</summary>
/// <param name="Type">The record type as written (<c>Body</c>, <c>Attachment</c>…).</param>
/// <param name="Name">The attachment name, empty for a body.</param>
/// <param name="IsLast">Whether <c>Islast</c> is <c>TRUE</c>: the message's last record.</param>
/// <param name="Data">The record's data, exactly <c>Length</c> bytes.</param>
public sealed record Exchange55Record(string Type, string Name, bool IsLast, ReadOnlyMemory<byte> Data);
