using MailMig.Fidelity.Cli.Regression;

namespace MailMig.Fidelity.Cli.Tests.Regression;

public sealed class ExitCodeClassifierTests
{
    [Theory]
    [InlineData(134, 6)]
    [InlineData(139, 11)]
    [InlineData(137, 9)]
    public void DeathBySignalIsACrash(int exitCode, int signal)
    {
        var (verdict, actualSignal, _) = ExitCodeClassifier.Classify(exitCode, "");

        Assert.Equal(RunVerdict.Crashed, verdict);
        Assert.Equal(signal, actualSignal);
    }

    [Fact]
    public void AWindowsAccessViolationIsACrash() =>
        Assert.Equal(RunVerdict.Crashed, ExitCodeClassifier.Classify(ExitCodeClassifier.WindowsAccessViolation, "").Verdict);

    [Fact]
    public void ARuntimeFatalErrorMessageIsACrashWhateverTheExitCode() =>
        Assert.Equal(RunVerdict.Crashed, ExitCodeClassifier.Classify(1, "Fatal error. System.AccessViolationException: Attempted to read or write protected memory.").Verdict);

    [Theory]
    [InlineData(0, RunVerdict.Completed)]
    [InlineData(1, RunVerdict.Completed)]
    [InlineData(2, RunVerdict.Failed)]
    [InlineData(3, RunVerdict.Failed)]
    public void NormalExitCodesAreJudgedByTheOutputContract(int exitCode, RunVerdict expected) =>
        Assert.Equal(expected, ExitCodeClassifier.Classify(exitCode, "").Verdict);
}
