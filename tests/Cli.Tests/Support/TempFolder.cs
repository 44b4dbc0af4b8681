namespace MailMig.Fidelity.Cli.Tests.Support;

/// <summary>A temporary folder deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>The folder's path.</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mailmig-cli-" + Guid.NewGuid().ToString("N"));

    /// <summary>Creates the folder.</summary>
    public TempFolder() => Directory.CreateDirectory(Path);

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
