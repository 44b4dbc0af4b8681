using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Comparison;

/// <summary>The ground-truth check of bulletin boards, address books and mailing lists, run once after the messages.</summary>
internal static class PersonalDataCheck
{
    /// <summary>Every difference between the personal-data output under <paramref name="actualRoot"/> and the manifest at <paramref name="manifestPath"/>.</summary>
    public static IReadOnlyList<TruthDifference> Run(string actualRoot, string? manifestPath)
    {
        if (manifestPath is null)
        {
            return [];
        }

        var truth = PersonalDataTruth.Read(manifestPath);
        var differences = new List<TruthDifference>();
        foreach (var problem in truth.Problems)
        {
            differences.Add(new TruthDifference("(manifest)", null, null, TruthField.Malformed, "personal data",
                DifferenceValue.Plain("a readable record"), DifferenceValue.Plain(problem)));
        }

        differences.AddRange(BulletinBoardCheck.Run(actualRoot, truth));
        differences.AddRange(ContactCheck.Run(actualRoot, truth));
        return differences;
    }
}
