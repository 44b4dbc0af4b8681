namespace MailMig.Fidelity.Comparer.Tests.FuzzReplay;

/*
 * The saved AFL++ corpora (fuzz/README.md): the interesting queue entries of each campaign, trimmed
 * and minimized, and every crash or hang it found, in FuzzReplay/Corpus/<target>/, copied next to the
 * test assembly. Each file is one theory case, so a failure names the input that broke the reader.
 */

/// <summary>The saved fuzz inputs of one target, as theory data naming each file.</summary>
internal static class FuzzCorpus
{
    /// <summary>The file names in FuzzReplay/Corpus/<paramref name="target"/>, sorted.</summary>
    public static TheoryData<string> Files(string target)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder(target)).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            data.Add(file!);
        }
        return data;
    }

    /// <summary>The bytes of one saved input.</summary>
    public static byte[] Read(string target, string file) => File.ReadAllBytes(Path.Combine(Folder(target), file));

    private static string Folder(string target) => Path.Combine(AppContext.BaseDirectory, "FuzzReplay", "Corpus", target);
}
