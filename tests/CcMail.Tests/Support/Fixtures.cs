namespace MailMig.Fidelity.CcMail.Tests.Support;

/// <summary>Finds byte-exact fixture files: next to the test assembly when copied there, else in the source tree above it.</summary>
public static class Fixtures
{
    /// <summary>The bytes of fixture <paramref name="name"/> in <paramref name="folder"/> (e.g. <c>Export</c>).</summary>
    public static byte[] Bytes(string folder, string name) => File.ReadAllBytes(Path(folder, name));

    /// <summary>The full path of fixture <paramref name="name"/> in <paramref name="folder"/>.</summary>
    public static string Path(string folder, string name)
    {
        var copied = System.IO.Path.Combine(AppContext.BaseDirectory, folder, "Fixtures", name);
        if (File.Exists(copied))
        {
            return copied;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, folder, "Fixtures", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Fixture {folder}/Fixtures/{name} not found above {AppContext.BaseDirectory}.");
    }
}
