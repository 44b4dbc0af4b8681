namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>The grading rule: Perfect, Good, Investigate (user data lost in at most 1% of messages) or Poor.</summary>
public static class GradeRules
{
    /// <summary>Grades <paramref name="messages"/> expected messages of which <paramref name="userDataLoss"/> lost user data, with <paramref name="differences"/> differences in all.</summary>
    /// <remarks>Integer arithmetic, so the 1% boundary is exact: 1 loss in 100 messages is Investigate, 2 in 100 (or 1 in 99) is Poor.</remarks>
    public static FidelityGrade Grade(int messages, int userDataLoss, int differences)
    {
        if (differences == 0)
        {
            return FidelityGrade.Perfect;
        }

        if (userDataLoss == 0)
        {
            return FidelityGrade.Good;
        }

        return (long)userDataLoss * 100 <= messages ? FidelityGrade.Investigate : FidelityGrade.Poor;
    }
}
