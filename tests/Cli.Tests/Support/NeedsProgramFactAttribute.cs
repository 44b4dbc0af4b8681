/*
 * Tests that need a system program (bubblewrap, xmllint) are skipped under a plain `dotnet test`
 * on a machine without it, with a reason starting "missing dependency:"; .ci/run installs the
 * programs with .ci/install-deps.sh and fails if any test was still skipped with that reason.
 */
namespace MailMig.Fidelity.Cli.Tests.Support;

/// <summary>A fact skipped with a "missing dependency: …" reason when a program it needs is not on PATH.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class NeedsProgramFactAttribute : FactAttribute
{
    /// <summary>How every skip reason for a missing system program begins (.ci/run looks for it).</summary>
    public const string ReasonPrefix = "missing dependency:";

    /// <summary>Skips the test when <paramref name="program"/> is not found on PATH.</summary>
    public NeedsProgramFactAttribute(string program)
    {
        if (!IsOnPath(program))
        {
            Skip = $"{ReasonPrefix} {program} is not installed (run .ci/install-deps.sh)";
        }
    }

    /// <summary>Whether an executable file named <paramref name="program"/> is in a PATH folder.</summary>
    public static bool IsOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}
