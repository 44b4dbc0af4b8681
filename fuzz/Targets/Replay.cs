namespace MailMig.Fidelity.Fuzz;

/// <summary>Runs saved inputs through a target without AFL, for triage: one line per input, exit 1 when any threw.</summary>
internal static class Replay
{
    /// <summary>Runs every file in <paramref name="paths"/> (files or folders) through <paramref name="name"/>.</summary>
    public static int Run(string name, string[] paths)
    {
        if (!FuzzTargets.All.TryGetValue(name, out var target))
        {
            Console.Error.WriteLine($"replay: unknown target '{name}'");
            return 2;
        }

        var failed = 0;
        foreach (var file in paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p) : [p]).Order(StringComparer.Ordinal))
        {
            try
            {
                target(File.ReadAllBytes(file));
            }
            catch (Exception e)
            {
                failed++;
                var at = e.StackTrace?.Split('\n').FirstOrDefault()?.Trim();
                Console.WriteLine($"{file}: {e.GetType().Name}: {e.Message} {at}");
            }
        }

        Console.WriteLine($"replay {name}: {failed} of the inputs threw");
        return failed == 0 ? 0 : 1;
    }
}
