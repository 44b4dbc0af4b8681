namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>A bulletin-board message as the manifest expects it (a <c>bulletinMessage</c> record).</summary>
/// <param name="Board">The board's name.</param>
/// <param name="Index">Its 1-based index in the board.</param>
/// <param name="From">The expected sender, or null.</param>
/// <param name="Subject">The subject.</param>
/// <param name="DateUtc">The message's own date (UTC), or null when it has none.</param>
/// <param name="Body">The body, LF line ends, trailing line breaks removed.</param>
public sealed record ExpectedBoardMessage(string Board, int Index, ManifestAddress? From, string Subject, DateTimeOffset? DateUtc, string Body);
