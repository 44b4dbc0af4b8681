using System.Xml.Linq;
using MailMig.Fidelity.Architecture.Tests.Support;

namespace MailMig.Fidelity.Architecture.Tests.Repository;

/*
 * The code style is not a review comment: every build checks it (EnforceCodeStyleInBuild) and, with
 * warnings as errors, refuses code that breaks it. These tests keep that wiring from being switched
 * off quietly: one brace rule (IDE0011, braces always) and one field-naming rule (IDE1006, private
 * instance fields _camelCase, constants and static readonly fields PascalCase).
 */
public sealed class CodeStyleIsEnforcedByTheBuildTests
{
    [Fact]
    public void EveryProjectChecksCodeStyleInTheBuildWithWarningsAsErrors()
    {
        var properties = XDocument.Load(RepositoryPaths.Of("Directory.Build.props")).Descendants().ToList();

        Assert.Contains(properties, p => p.Name.LocalName == "EnforceCodeStyleInBuild" && p.Value.Trim() == "true");
        Assert.Contains(properties, p => p.Name.LocalName == "TreatWarningsAsErrors" && p.Value.Trim() == "true");
    }

    [Theory]
    [InlineData("csharp_prefer_braces", "true:warning")]
    [InlineData("dotnet_diagnostic.IDE0011.severity", "warning")]
    [InlineData("dotnet_diagnostic.IDE1006.severity", "warning")]
    [InlineData("dotnet_naming_rule.private_fields_are_underscore_camel.severity", "warning")]
    [InlineData("dotnet_naming_style.underscore_camel_case.required_prefix", "_")]
    [InlineData("dotnet_naming_rule.static_readonly_are_pascal.severity", "warning")]
    [InlineData("dotnet_naming_rule.constants_are_pascal.severity", "warning")]
    public void TheEditorConfigSetsTheBraceAndFieldNamingRulesAsBuildErrors(string key, string value)
    {
        var settings = CSharpSettings();

        Assert.True(settings.TryGetValue(key, out var actual), $".editorconfig [*.cs] has no '{key}'");
        Assert.Equal(value, actual);
    }

    // The key = value lines of the [*.cs] section of the repository's .editorconfig.
    private static Dictionary<string, string> CSharpSettings()
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        var inSection = false;
        foreach (var raw in File.ReadLines(RepositoryPaths.Of(".editorconfig")))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                inSection = line == "[*.cs]";
            }
            else if (inSection && line.Contains('=', StringComparison.Ordinal) && !line.StartsWith('#'))
            {
                var parts = line.Split('=', 2);
                settings[parts[0].Trim()] = parts[1].Trim();
            }
        }

        return settings;
    }
}
