namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>A fault the generator applied to a message: catalog id, where it was injected and where to find it.</summary>
/// <param name="Id">The fault catalog id (<c>attmail-address</c>).</param>
/// <param name="Where"><c>model</c>, <c>export</c> or <c>db8</c>.</param>
/// <param name="File">The generated file holding it, or null for pure model faults.</param>
/// <param name="Detail">Which variant of the fault, e.g. <c>To/x400-semicolon/lower</c>, or null.</param>
/// <param name="Offset">The byte offset in <paramref name="File"/>, or null.</param>
public sealed record ManifestFault(string Id, string Where, string? File, long? Offset, string? Detail = null);
