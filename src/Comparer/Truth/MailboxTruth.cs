namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>The ground-truth result of one mailbox (or, with the name <c>(run)</c>, of the whole run).</summary>
/// <param name="Name">The mailbox name.</param>
/// <param name="Expected">Messages the manifest lists for it.</param>
/// <param name="Found">Messages found in the output.</param>
/// <param name="SkippedAsExpected">Messages correctly skipped with the manifest's reason.</param>
/// <param name="MessagesWithDifferences">Messages (expected or unexpected) with at least one difference.</param>
/// <param name="MessagesWithUserDataLoss">Messages whose user data was lost, wrongly skipped or unexpected.</param>
/// <param name="Differences">The number of differences.</param>
/// <param name="Grade">The grade.</param>
public sealed record MailboxTruth(
    string Name,
    int Expected,
    int Found,
    int SkippedAsExpected,
    int MessagesWithDifferences,
    int MessagesWithUserDataLoss,
    int Differences,
    FidelityGrade Grade);
