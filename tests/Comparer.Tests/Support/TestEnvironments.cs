using MailMig.Fidelity.Comparer.Snapshots;

namespace MailMig.Fidelity.Comparer.Tests.Support;

/// <summary>Injected snapshot environments for tests.</summary>
internal static class TestEnvironments
{
    public static SnapshotEnvironment Local() => SnapshotEnvironment.FromVariables(new Dictionary<string, string>());

    public static SnapshotEnvironment Ci() => SnapshotEnvironment.FromVariables(new Dictionary<string, string> { ["CI"] = "true" });

    public static SnapshotEnvironment With(params (string Name, string Value)[] variables) =>
        SnapshotEnvironment.FromVariables(variables.ToDictionary(v => v.Name, v => v.Value));
}
