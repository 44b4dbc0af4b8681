namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>Post office files in a directory on disk.</summary>
internal sealed class Db8DirectoryStorage(string directory) : Db8Storage
{
    private const int BufferSize = 1 << 16;
    private static readonly EnumerationOptions AnyCase = new() { MatchCasing = MatchCasing.CaseInsensitive, RecurseSubdirectories = false };

    public override string Description => directory;

    /// <summary>Whether <paramref name="path"/> holds a <c>CCPOMBOX.*</c> file.</summary>
    public static bool IsPostOffice(string path) =>
        System.IO.Directory.Exists(path) && System.IO.Directory.EnumerateFiles(path, "CCPOMBOX.*", AnyCase).Any();

    public override bool HasPostOfficeMarker() => IsPostOffice(directory);

    public override Stream? OpenRead(string name)
    {
        var path = Path.Combine(directory, name);
        if (!File.Exists(path))
        {
            path = System.IO.Directory.EnumerateFiles(directory, name, AnyCase).FirstOrDefault() ?? "";
        }

        return path.Length == 0 ? null : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize);
    }

    public override Stream Create(string name)
    {
        System.IO.Directory.CreateDirectory(directory);
        return new FileStream(Path.Combine(directory, name), FileMode.Create, FileAccess.Write, FileShare.None, BufferSize);
    }

    public override void Delete(string name)
    {
        var path = Path.Combine(directory, name);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
