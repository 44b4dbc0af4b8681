using DiffEngine;

namespace MailMig.Fidelity.Comparer.Snapshots;

/*
 * Every decision the snapshot engine takes from the environment goes through this one object, so
 * tests can inject it and assert the CI rules, and so the rules are written down once:
 *   - on CI (CI=true, or DiffEngine's BuildServerDetector) nothing ever writes a verified file and
 *     no diff tool is launched; received files may still be written (they are build artefacts);
 *   - MAILMIG_ACCEPT=true accepts everything (writes verified files), but never on CI;
 *   - DiffEngine_Disabled=true turns the diff tool off everywhere.
 */

/// <summary>The environment switches the snapshot engine obeys: CI detection, <c>MAILMIG_ACCEPT</c> and <c>DiffEngine_Disabled</c>.</summary>
public sealed class SnapshotEnvironment
{
    /// <summary>The switch that accepts every received snapshot (writes verified files) when set to <c>true</c>, except on CI.</summary>
    public const string AcceptVariable = "MAILMIG_ACCEPT";

    /// <summary>The variable continuous-integration systems set to <c>true</c>.</summary>
    public const string CiVariable = "CI";

    /// <summary>DiffEngine's own switch that turns diff tools off.</summary>
    public const string DiffEngineDisabledVariable = "DiffEngine_Disabled";

    private readonly Func<string, string?> _variables;
    private readonly Func<bool> _buildServerDetected;

    /// <summary>Creates an environment that reads variables through <paramref name="variables"/> and asks <paramref name="buildServerDetected"/> whether this is a build server.</summary>
    public SnapshotEnvironment(Func<string, string?> variables, Func<bool> buildServerDetected)
    {
        _variables = variables ?? throw new ArgumentNullException(nameof(variables));
        _buildServerDetected = buildServerDetected ?? throw new ArgumentNullException(nameof(buildServerDetected));
    }

    /// <summary>The real process environment, with DiffEngine's <see cref="BuildServerDetector"/>; read at every question, never cached.</summary>
    public static SnapshotEnvironment FromProcess() => new(Environment.GetEnvironmentVariable, () => BuildServerDetector.Detected);

    /// <summary>A fixed environment for tests: only <paramref name="variables"/> are set.</summary>
    public static SnapshotEnvironment FromVariables(IReadOnlyDictionary<string, string> variables, bool buildServerDetected = false)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var copy = new Dictionary<string, string>(variables, StringComparer.Ordinal);
        return new SnapshotEnvironment(name => copy.GetValueOrDefault(name), () => buildServerDetected);
    }

    /// <summary>Whether this is a CI run: <c>CI=true</c> or a build server DiffEngine recognises.</summary>
    public bool IsContinuousIntegration => IsTrue(CiVariable) || _buildServerDetected();

    /// <summary>Whether <c>MAILMIG_ACCEPT=true</c> asks to accept every received snapshot.</summary>
    public bool AcceptAll => IsTrue(AcceptVariable);

    /// <summary>Whether a verified file may be written at all (never on CI).</summary>
    public bool MayWriteVerified => !IsContinuousIntegration;

    /// <summary>Whether a diff tool may be launched (never on CI, never with <c>DiffEngine_Disabled=true</c>).</summary>
    public bool MayLaunchDiffTool => !IsContinuousIntegration && !IsTrue(DiffEngineDisabledVariable);

    private bool IsTrue(string name) =>
        _variables(name)?.Trim() is { } value && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1");
}
