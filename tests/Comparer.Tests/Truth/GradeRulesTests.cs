using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Tests.Truth;

public class GradeRulesTests
{
    [Theory]
    [InlineData(100, 0, 0, FidelityGrade.Perfect)]
    [InlineData(100, 0, 5, FidelityGrade.Good)]
    [InlineData(100, 1, 1, FidelityGrade.Investigate)]
    [InlineData(100, 2, 2, FidelityGrade.Poor)]
    [InlineData(1000, 10, 10, FidelityGrade.Investigate)]
    [InlineData(1000, 11, 11, FidelityGrade.Poor)]
    [InlineData(0, 1, 1, FidelityGrade.Poor)]
    [InlineData(0, 0, 0, FidelityGrade.Perfect)]
    public void GradesFollowTheDataConsistencyScore(int messages, int lost, int differences, FidelityGrade grade)
    {
        Assert.Equal(grade, GradeRules.Grade(messages, lost, differences));
    }
}
