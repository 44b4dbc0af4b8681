namespace MailMig.Fidelity.Cli.Validation;

/// <summary>Turns an exception from the file system into a few words without type names.</summary>
public static class Words
{
    /// <summary>A short reason for <paramref name="exception"/>: "permission denied", "no such file", or its message.</summary>
    public static string Of(Exception exception) => exception switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "it does not exist",
        PathTooLongException => "the path is too long",
        _ => exception.Message,
    };
}
