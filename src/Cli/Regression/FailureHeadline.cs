/*
 * One line per failing case for CI systems (the JUnit failure message, summary.json): what failed,
 * not the verdict's name. "crashed on mailbox 'Ann', message 3 (…)", "3 messages lost",
 * "subject differs in 2 messages", "left 1 process running after it exited: …".
 */
using System.Globalization;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Cli.Regression;

/// <summary>Says in one line what failed in a case.</summary>
public static class FailureHeadline
{
    /// <summary>The headline of <paramref name="result"/>, or null when it passed.</summary>
    public static string? Of(CaseResult result)
    {
        if (result.Passed)
        {
            return null;
        }

        var parts = new List<string>();
        var process = result.Process;
        switch (result.Verdict)
        {
            case RunVerdict.Crashed:
                parts.Add(result.FirstMissing is { } first ? $"crashed on {first}" : $"crashed: {process.Detail}");
                break;
            case RunVerdict.Hung:
                parts.Add($"hung: {process.Detail}");
                break;
            case RunVerdict.Failed:
                parts.Add($"failed: {process.Detail}");
                break;
            case RunVerdict.WroteOutsideOutput:
                parts.Add(process.Detail);
                break;
        }

        if (process.LeftRunningSummary is { } left)
        {
            parts.Add(left);
        }

        parts.AddRange(Differences(result.Comparison?.Truth));
        if (parts.Count == 0 && result.Comparison?.Snapshots is { IsSuccess: false } snapshots)
        {
            parts.Add($"snapshots: {snapshots.Differences.Count} differ, {snapshots.New.Count} new, {snapshots.Orphaned.Count} missing");
        }

        if (parts.Count == 0)
        {
            parts.Add(result.Failures[0].Split('\n')[0]);
        }

        return string.Join("; ", parts);
    }

    private static IEnumerable<string> Differences(TruthResult? truth)
    {
        if (truth is null)
        {
            yield break;
        }

        var lost = truth.Differences.Where(d => d.Field == TruthField.Message && d.OutputFile is null).Select(d => d.MessageKey).Distinct().Count();
        if (lost > 0)
        {
            yield return $"{Count(lost)} lost";
        }

        var unexpected = truth.Differences.Where(d => d.Field == TruthField.Message && d.OutputFile is not null).Select(d => d.MessageKey).Distinct().Count();
        if (unexpected > 0)
        {
            yield return $"{Count(unexpected)} unexpected";
        }

        foreach (var field in truth.Differences.Where(d => d.Field != TruthField.Message).GroupBy(d => d.Field))
        {
            yield return $"{field.Key} differs in {Count(field.Select(d => d.MessageKey).Distinct().Count())}";
        }
    }

    private static string Count(int messages) =>
        messages.ToString(CultureInfo.InvariantCulture) + (messages == 1 ? " message" : " messages");
}
