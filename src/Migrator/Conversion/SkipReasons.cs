namespace MailMig.Fidelity.Migrator.Conversion;

/// <summary>The reasons a source message can be skipped (docs/fault-catalog.md, docs/formats/migration-report.md).</summary>
public static class SkipReasons
{
    /// <summary>A DB8 record cut off by the end of its file.</summary>
    public const string Db8Truncated = "db8-truncated";

    /// <summary>A source block or record of which nothing could be recovered.</summary>
    public const string SourceUnreadable = "source-unreadable";

    /// <summary>A message whose conversion took longer than the watchdog allows.</summary>
    public const string WatchdogTimeout = "watchdog-timeout";

    /// <summary>A message the target (a mail server) refused, or that could not reach it; a rerun tries it again.</summary>
    public const string TargetRefused = "target-refused";

    /// <summary>A message whose conversion failed with an exception (a bug); the run goes on.</summary>
    public const string UnexpectedError = "unexpected-error";
}
