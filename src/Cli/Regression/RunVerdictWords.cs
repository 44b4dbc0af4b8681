/*
 * A verdict as people read it, in the console table, summary.txt, the JUnit failure text and the
 * HTML index. The enum names stay in summary.json and the JUnit `type` attribute, where tools
 * match them (docs/formats/run-summary.md).
 */
namespace MailMig.Fidelity.Cli.Regression;

/// <summary>Says a <see cref="RunVerdict"/> in words.</summary>
public static class RunVerdictWords
{
    /// <summary>The verdict in words: "completed with loss", "wrote outside {out}".</summary>
    public static string ToWords(this RunVerdict verdict) => verdict switch
    {
        RunVerdict.Completed => "completed",
        RunVerdict.CompletedWithLoss => "completed with loss",
        RunVerdict.Crashed => "crashed",
        RunVerdict.Hung => "hung",
        RunVerdict.Failed => "failed",
        RunVerdict.WroteOutsideOutput => "wrote outside {out}",
        _ => "ended in an unknown way",
    };
}
