namespace MailMig.Fidelity.Cli.Validation;

/// <summary>Finds the program of a command line the way a process start would: a path as given, a bare name on PATH.</summary>
public static class ProgramLocator
{
    /// <summary>What is wrong with <paramref name="program"/> (not found, a folder), or null when it can be started.</summary>
    public static string? Problem(string program)
    {
        if (program.Contains('/', StringComparison.Ordinal) || program.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            if (Directory.Exists(program))
            {
                return $"names the folder '{program}', not a program";
            }

            return File.Exists(program) ? null : $"names the program '{program}', which does not exist";
        }

        return OnPath(program) ? null : $"names the program '{program}', which is not on PATH (give its path)";
    }

    private static bool OnPath(string name)
    {
        var extensions = OperatingSystem.IsWindows() ? (Environment.GetEnvironmentVariable("PATHEXT") ?? ".EXE").Split(';').Prepend("") : [""];
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders.Any(folder => extensions.Any(extension => File.Exists(Path.Combine(folder, name + extension))));
    }
}
